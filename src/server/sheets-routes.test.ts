/**
 * The company, deal-timeline and changes routes answer exactly what `halqa company|deal|changes --json`
 * print (same dataset, same scenarios, same date), and refuse bad input with coded errors.
 */
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

async function cli(args: string[]): Promise<unknown> {
  const io = captureIo();
  const code = await main([...args, "--as-of", AS_OF, "--json"], io);
  expect(code, io.err()).toBe(0);
  return JSON.parse(io.out());
}

type ErrorBody = { error: { code: string; message: string; details: { matches: string[] } } };

async function api(path: string): Promise<{ status: number; body: ErrorBody }> {
  const res = await app.request(path);
  return { status: res.status, body: JSON.parse(await res.text()) };
}

describe("API = --json", () => {
  it("company, by id and by Arabic name", async () => {
    const expected = await cli(["company", "oracle", "--basis", "committed"]);
    expect((await api("/api/company/oracle?basis=committed")).body).toEqual(expected);
    const arabic = await api(`/api/company/${encodeURIComponent("أوراكل")}?basis=committed`);
    expect(arabic.body).toEqual(expected);
    expect((expected as { stress: unknown[] }).stress.length).toBeGreaterThan(0);
  }, 30_000);

  it("company with --year", async () => {
    expect((await api("/api/company/nvidia?year=2027")).body).toEqual(
      await cli(["company", "nvidia", "--year", "2027"]),
    );
  }, 30_000);

  it("deal timeline", async () => {
    const id = "nvidia-openai-10gw-loi";
    expect((await api(`/api/deals/${id}/timeline`)).body).toEqual(await cli(["deal", id]));
  });

  it("changes", async () => {
    const args = ["changes", "--since", "2026-01-01", "--until", "2026-06-30", "--entity", "nvidia"];
    expect((await api("/api/changes?since=2026-01-01&until=2026-06-30&entity=nvidia")).body).toEqual(
      await cli(args),
    );
  });

  // A program gets one object whatever the language asked: ids, codes, numbers, titles as {en, ar}, and
  // the data's notes in the English they are written in (their Arabic is the dataset's `translations`).
  // docs/api.md and the README say so; `--lang ar` and `?lang=ar` change only messages and tables.
  it("is the same object in Arabic: --lang ar = ?lang=ar = English", async () => {
    const id = "nvidia-openai-10gw-loi";
    const english = await cli(["deal", id]);
    expect(await cli(["deal", id, "--lang", "ar"])).toEqual(english);
    expect((await api(`/api/deals/${id}/timeline?lang=ar`)).body).toEqual(english);
    const changes = ["changes", "--since", "2026-01-01", "--entity", "nvidia"];
    expect(await cli([...changes, "--lang", "ar"])).toEqual(await cli(changes));
  });
});

describe("bad input", () => {
  it("unknown and ambiguous companies: 404 with the closest entities", async () => {
    const unknown = await api("/api/company/oracel");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("unknown-entity");
    expect(unknown.body.error.details.matches).toContain("oracle");
    const ambiguous = await api("/api/company/open");
    expect(ambiguous.status).toBe(404);
    expect(ambiguous.body.error.code).toBe("ambiguous-entity");
    expect(ambiguous.body.error.details.matches).toContain("openai");
  });

  it("unknown deal 404; bad and reversed dates 400, in Arabic when asked", async () => {
    expect((await api("/api/deals/nope/timeline")).status).toBe(404);
    const bad = await api("/api/changes?since=2026-13-01");
    expect([bad.status, bad.body.error.code]).toEqual([400, "invalid-date"]);
    const missing = await api("/api/changes");
    expect(missing.status).toBe(400);
    const reversed = await api("/api/changes?since=2026-06-01&until=2026-01-01&lang=ar");
    expect([reversed.status, reversed.body.error.code]).toEqual([400, "date-order"]);
    expect(reversed.body.error.message).toMatch(/[\u0600-\u06FF]/);
    expect((await api("/api/company/oracle?basis=nope")).status).toBe(400);
  });
});

describe("CLI exit codes", () => {
  const run = async (args: string[]) => {
    const io = captureIo();
    const code = await main(args, io);
    return { code, err: io.err() };
  };

  it("2 for an unknown or ambiguous company, an unknown deal, a bad date; never a stack", async () => {
    for (const args of [
      ["company", "zzzqqq"],
      ["company", "open"],
      ["deal", "nvidia-openai-10gw"],
      ["changes", "--since", "2026-13-01"],
      ["changes", "--since", "2026-06-01", "--until", "2026-01-01"],
      ["changes"],
      ["company", "oracle", "--year", "20x6"],
    ]) {
      const { code, err } = await run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(err, args.join(" ")).not.toMatch(/\bat \w+ \(/);
    }
    const ambiguous = await run(["company", "open"]);
    expect(ambiguous.err).toContain("openai");
    const arabic = await run(["deal", "nvidia-openai-10gw", "--lang", "ar"]);
    expect(arabic.err).toContain("صفقة غير معروفة");
    expect(arabic.err).toContain("nvidia-openai-10gw-loi");
  });

  it("1 for a dataset folder with bad data", async () => {
    const { code } = await run(["company", "oracle", "--data", "/nonexistent-folder"]);
    expect(code).toBe(1);
  });
});
