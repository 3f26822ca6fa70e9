/**
 * `halqa reconcile` and GET /api/reconcile: the same object (`--json` equals the API's body), exit 0
 * on the bundled data, exit 1 when figures cannot be reconciled, exit 2 on bad usage; tables in both
 * languages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { createApp } from "../server/app.ts";
import { captureIo } from "../testing/capture-io.ts";
import { TINY_DIR } from "../testing/tiny.ts";
import { main } from "./main.ts";

const AS_OF = "2026-11-21";

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

let dataset: Dataset;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  dataset = loaded.dataset;
});

describe("halqa reconcile", () => {
  // The reason under Nvidia's top-4 check said the revenue was "annualised from the latest quarter"
  // while the check divided by the reported FY2025 revenue: the words must say what the numbers do.
  it("explains Nvidia's customer share by the revenue it really divides by", async () => {
    const r = await run(["reconcile", "--json", "--as-of", AS_OF]);
    type Input = { ref: string; estimate?: boolean };
    const check = (
      JSON.parse(r.out) as { checks: { id: string; reason: string; derived: { inputs: Input[] } }[] }
    ).checks.find((c) => c.id === "nvidia-top4-customer-share");
    const revenue = check?.derived.inputs.find((i) => i.ref.startsWith("financials:nvidia/revenue/"));
    expect(revenue?.estimate).toBeUndefined();
    const text = await run(["reconcile", "--as-of", AS_OF]);
    const reason = text.out.slice(text.out.indexOf("Nvidia's four largest customers, share of revenue —"));
    expect(reason).toContain("latest reported annual revenue");
    expect(reason.slice(0, 1200)).not.toContain("annualised");
  });

  it("prints --json equal to GET /api/reconcile, and exits 0 on the bundled data", async () => {
    const r = await run(["reconcile", "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(0);
    const cli = JSON.parse(r.out);
    const app = createApp({ dataset, today: () => AS_OF });
    const res = await app.request(`/api/reconcile?asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(cli);
    expect(cli).toMatchObject({ asOf: AS_OF, ok: true, counts: { unexplained: 0, missing: 0 } });
  });

  it("shows each figure beside the published one, with its source and reason, in English", async () => {
    const r = await run(["reconcile", "--as-of", AS_OF]);
    expect(r.out).toContain("Headline figures against the published record");
    expect(r.out).toContain("Oracle's backlog (RPO), May 2026");
    expect(r.out).toContain("$638B");
    expect(r.out).toContain("RPO is every contract Oracle has signed");
    expect(r.out).toContain("Source: Tomasz Tunguz");
    expect(r.out).not.toMatch(/deals:|financials:/);
  });

  it("speaks Arabic in the press's words, with one digit system", async () => {
    const r = await run(["reconcile", "--as-of", AS_OF, "--lang", "ar"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("الأرقام الرئيسية مقارنةً بالأرقام المنشورة");
    expect(r.out).toContain("638 مليار دولار");
    expect(r.out).toContain("16 جيجاوات");
    expect(r.out).toContain("مختلف لسبب مذكور");
    expect(r.out).not.toMatch(/[\u0660-\u0669]/);
    expect(r.out).not.toMatch(/\b(agrees|differs|Published|Derived)\b/);
  });

  it("exits 1 with a clear message when the data cannot reconcile its figures", async () => {
    // The tiny fixture holds none of the published records: every check is missing.
    const r = await run(["reconcile", "--data", TINY_DIR, "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, counts: { agrees: 0 } });
    expect(r.err).toContain("without a stated reason");
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each([[["--as-of", "yesterday"]], [["--lang", "fr"]], [["--basis", "paid"]]])(
    "exits 2 on bad usage %j",
    async (args) => {
      const r = await run(["reconcile", ...args]);
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    },
  );
});
