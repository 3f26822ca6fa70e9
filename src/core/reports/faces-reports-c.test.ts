import { beforeAll, describe, expect, it } from "vitest";
import { bundledFaces, type Faces } from "../../testing/faces.ts";

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
