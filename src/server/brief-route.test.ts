/** GET /api/brief: the document `halqa brief` writes, in the request's language, and coded refusals. */
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { BUNDLED_SCENARIOS_DIR, loadScenarios } from "../io/scenario-files.ts";
import { captureIo } from "../testing/capture-io.ts";
import { createApp } from "./app.ts";

const AS_OF = "2026-06-30";
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled dataset invalid");
  const scenarios = await loadScenarios(BUNDLED_SCENARIOS_DIR, loaded.dataset);
  app = createApp({ dataset: loaded.dataset, scenarios, today: () => AS_OF });
});

describe("GET /api/brief", () => {
  it("answers the HTML `halqa brief --company` prints, in the language asked", async () => {
    const io = captureIo();
    expect(await main(["brief", "--company", "oracle", "--lang", "ar", "--as-of", AS_OF], io)).toBe(0);
    const res = await app.request("/api/brief?entity=oracle&lang=ar");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toBe(io.out());
    const english = await (await app.request("/api/brief?entity=oracle&lang=en")).text();
    expect(english).toContain('dir="ltr"');
  });

  it("takes a bundled scenario by id and refuses an unknown one, or two subjects", async () => {
    const scenario = await app.request("/api/brief?scenario=openai-revenue-half");
    expect(scenario.status).toBe(200);
    expect(await scenario.text()).toContain('data-section="stress"');
    const unknown = await app.request("/api/brief?scenario=no-such");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("unknown-scenario");
    const both = await app.request("/api/brief?scenario=openai-revenue-half&entity=oracle");
    expect(((await both.json()) as { error: { code: string } }).error.code).toBe("brief-one-subject");
    const company = await app.request("/api/brief?entity=no-such-company");
    expect(((await company.json()) as { error: { code: string } }).error.code).toBe("unknown-entity");
  });
});
