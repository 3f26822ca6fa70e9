/**
 * Every analysis command's `--json`, run in process on the bundled data, matches its response schema
 * (src/schema/reports) and stays under a size budget. The schemas' objects are strict, so a key nobody
 * declared — an options object or the dataset spread into a result, as once made `exposure nvidia --json`
 * 560 KB — fails here, and so does an output that grows past its budget.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { REPORT_SCHEMAS, type ReportName } from "../schema/reports/index.ts";
import { captureIo } from "../testing/capture-io.ts";
import { TINY_DIR } from "../testing/tiny.ts";
import { main } from "./main.ts";

const AS_OF = ["--as-of", "2026-06-30", "--json"];
const CHAIN = fileURLToPath(new URL("../testing/fixtures/networks/chain.json", import.meta.url));
const GRAPH = fileURLToPath(new URL("../io/fixtures/graphs/small.csv", import.meta.url));
const SCENARIOS = fileURLToPath(new URL("../../scenarios/", import.meta.url));
const KB = 1024;

let dir: string;
let ledger: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-json-schemas-"));
  ledger = join(dir, "ledger.csv");
  // alice → bob → carol → alice within two hours; dave pays himself.
  await writeFile(
    ledger,
    "tx,from,to,amount,timestamp\nt1,alice,bob,100,2025-03-10T09:00:00Z\nt2,bob,carol,98,2025-03-10T10:00:00Z\nt3,carol,alice,97,2025-03-10T11:00:00Z\nt4,dave,dave,5,2025-03-10T11:30:00Z\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Case = { command: string; args: () => string[]; schema: ReportName; budget: number };

// Budgets sit a few times above today's sizes (measured 2026-12-06 on the bundled data, in brackets):
// room for the dataset to grow, not for a result to carry something it should not.
const CASES: Case[] = [
  { command: "summary", args: () => ["summary", ...AS_OF], schema: "StatsReport", budget: 100 * KB }, // 18 KB
  { command: "data stats", args: () => ["data", "stats", ...AS_OF], schema: "StatsReport", budget: 100 * KB },
  { command: "flows", args: () => ["flows", ...AS_OF], schema: "FlowsReport", budget: 1024 * KB }, // 90 KB
  { command: "loops", args: () => ["loops", ...AS_OF], schema: "LoopsReport", budget: 500 * KB }, // 91 KB
  {
    command: "loops --temporal",
    args: () => ["loops", "--temporal", ...AS_OF],
    schema: "LoopsReport",
    budget: 500 * KB,
  },
  {
    command: "loops --graph",
    args: () => ["loops", "--graph", GRAPH, "--json"],
    schema: "GraphLoopsReport",
    budget: 10 * KB,
  },
  {
    command: "circularity",
    args: () => ["circularity", ...AS_OF],
    schema: "CircularityReport",
    budget: 1024 * KB, // 267 KB
  },
  {
    command: "circularity --null-model",
    args: () => ["circularity", "--entity", "openai", "--null-model", "3", ...AS_OF],
    schema: "CircularityReport",
    budget: 1024 * KB,
  },
  {
    command: "exposure nvidia",
    args: () => ["exposure", "nvidia", ...AS_OF],
    schema: "ExposureReport",
    budget: 100 * KB, // 21 KB
  },
  {
    command: "exposure --rank",
    args: () => ["exposure", "--rank", ...AS_OF],
    schema: "RankingsReport",
    budget: 100 * KB,
  },
  { command: "ratios", args: () => ["ratios", ...AS_OF], schema: "RatiosReport", budget: 100 * KB }, // 15 KB
  {
    command: "stress",
    args: () => ["stress", `${SCENARIOS}openai-revenue-half.yaml`, ...AS_OF],
    schema: "StressReport",
    budget: 200 * KB, // 35 KB
  },
  {
    command: "stress (Monte Carlo)",
    args: () => [
      "stress",
      `${SCENARIOS}openai-revenue-uncertain.yaml`,
      "--runs",
      "50",
      "--workers",
      "0",
      ...AS_OF,
    ],
    schema: "MonteCarloReport",
    budget: 200 * KB, // 20 KB
  },
  { command: "power", args: () => ["power", ...AS_OF], schema: "PowerReport", budget: 200 * KB }, // 35 KB
  {
    command: "funding openai",
    args: () => ["funding", "openai", ...AS_OF],
    schema: "FundingReport",
    budget: 100 * KB, // 19 KB
  },
  {
    command: "economics",
    args: () => ["economics", ...AS_OF],
    schema: "EconomicsReport",
    budget: 100 * KB, // 24 KB
  },
  { command: "tracker", args: () => ["tracker", ...AS_OF], schema: "TrackerReport", budget: 100 * KB }, // 8 KB
  { command: "market", args: () => ["market", ...AS_OF], schema: "MarketReport", budget: 100 * KB }, // 7 KB
  {
    command: "company nvidia",
    args: () => ["company", "nvidia", ...AS_OF],
    schema: "CompanyReport",
    budget: 500 * KB, // 108 KB
  },
  {
    command: "deal",
    args: () => ["deal", "nvidia-openai-10gw-loi", ...AS_OF],
    schema: "DealReport",
    budget: 100 * KB, // 9 KB
  },
  {
    command: "changes",
    args: () => ["changes", "--since", "2025-01-01", ...AS_OF],
    schema: "ChangesReport",
    budget: 500 * KB, // 115 KB
  },
  {
    command: "reconcile",
    args: () => ["reconcile", ...AS_OF],
    schema: "ReconcileReport",
    budget: 100 * KB, // 20 KB
  },
  {
    command: "network solve",
    args: () => ["network", "solve", CHAIN, "--json"],
    schema: "ModelResult",
    budget: 10 * KB,
  },
  {
    command: "ledger scan",
    args: () => [
      "ledger",
      "scan",
      ledger,
      "--window",
      "1d",
      "--json",
      "--memory-limit",
      "256MB",
      "--threads",
      "1",
    ],
    schema: "LedgerScanSummary",
    budget: 20 * KB,
  },
];

async function runJson(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, text: io.out(), err: io.err() };
}

describe("every --json output matches its documented schema", () => {
  it.each(CASES)("$command", async ({ args, schema, budget }) => {
    const { code, text, err } = await runJson(args());
    expect(err).not.toMatch(/\n\s+at /); // never a stack trace
    expect(code).toBe(0);
    expect(Buffer.byteLength(text)).toBeLessThan(budget);
    const parsed = (REPORT_SCHEMAS[schema] as z.ZodType).safeParse(JSON.parse(text));
    // The issues name the path and the unexpected key, which is what a failing run needs to show.
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  // The tiny ring takes the paths the bundled data does not: a company with no financials (funding's
  // missing years, null ratios), reconcile checks that cannot be computed (exit 1, JSON still printed).
  const TINY = ["--data", TINY_DIR, "--as-of", "2026-01-01", "--json"];
  it.each([
    [["summary"], "StatsReport", 0],
    [["flows"], "FlowsReport", 0],
    [["loops"], "LoopsReport", 0],
    [["circularity", "--null-model", "3"], "CircularityReport", 0],
    [["exposure", "lab"], "ExposureReport", 0],
    [["ratios"], "RatiosReport", 0],
    [["power", "--entity", "lab"], "PowerReport", 0],
    [["funding", "lab"], "FundingReport", 0],
    [["economics"], "EconomicsReport", 0],
    [["company", "cloud-co"], "CompanyReport", 0],
    [["deal", "cloud-buys-chips"], "DealReport", 0],
    [["changes", "--since", "2020-01-01"], "ChangesReport", 0],
    [["reconcile"], "ReconcileReport", 1],
  ] as const)("on the tiny ring: %j", async (args, schema, exit) => {
    const { code, text } = await runJson([...args, ...TINY]);
    expect(code).toBe(exit);
    const parsed = (REPORT_SCHEMAS[schema] as z.ZodType).safeParse(JSON.parse(text));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("a key nobody declared fails the schema (the strictness the table relies on)", async () => {
    const { text } = await runJson(["exposure", "nvidia", ...AS_OF]);
    const spread = { ...JSON.parse(text), dataset: { entities: [] } };
    const parsed = REPORT_SCHEMAS.ExposureReport.safeParse(spread);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["dataset"] });
  });
});
