import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFaces, FACES_AS_OF, type Faces } from "../../testing/faces.ts";

let faces: Faces;
beforeAll(async () => {
  faces = await bundledFaces();
}, 60_000);

const ASOF = "asOf=2026-06-30";
const cases: [string, string[], string][] = [
  ["tracker", ["tracker"], `/api/tracker?${ASOF}`],
  ["tracker one", ["tracker", "--entity", "openai"], `/api/tracker?${ASOF}&entity=openai`],
  ["market", ["market"], `/api/market?${ASOF}`],
  [
    "market revenue-share",
    ["market", "--measure", "revenue-share"],
    `/api/market?${ASOF}&measure=revenue-share`,
  ],
  ["company", ["company", "oracle"], `/api/company/oracle?${ASOF}`],
  ["deal", ["deal", "nvidia-openai-10gw-loi"], `/api/deals/nvidia-openai-10gw-loi/timeline?${ASOF}`],
  ["changes", ["changes", "--since", "2025-01-01"], "/api/changes?since=2025-01-01&until=2026-06-30"],
  ["reconcile", ["reconcile"], `/api/reconcile?${ASOF}`],
];

describe("reports-c: --json and the API answer the same object", () => {
  for (const [name, args, path] of cases) {
    it(name, async () => {
      const [cli, api] = await Promise.all([faces.cli(args).catch((e) => e), faces.api(path)]);
      expect(cli).toEqual(api);
    });
  }
});

describe("reports-c: the market on the user's own files", () => {
  let dir: string;
  const WEIGHTS = "entity,weight\nnvidia,6.6\napple,7.6\n";
  const EXPOSURE = "entity,exposure\nnvidia,40\n";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "halqa-faces-market-"));
    await writeFile(join(dir, "w.csv"), WEIGHTS);
    await writeFile(join(dir, "e.csv"), EXPOSURE);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("halqa market --weights --exposure --json equals POST /api/market with the same CSV text", async () => {
    const args = [
      "market",
      "--weights",
      join(dir, "w.csv"),
      "--exposure",
      join(dir, "e.csv"),
      "--measure",
      "revenue-share",
    ];
    const cli = await faces.cli(args);
    const api = await faces.api("/api/market", {
      weights: WEIGHTS,
      exposure: EXPOSURE,
      measure: "revenue-share",
      asOf: FACES_AS_OF,
    });
    // The files' names differ (a path, the field "weights"), but no row carries it: the objects are equal.
    expect(cli).toEqual(api);
  });
});
