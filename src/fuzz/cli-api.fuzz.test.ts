/**
 * The same file through the command line and through the API gives the same problem codes: scenario
 * YAML (`halqa stress` and POST /api/stress), network JSON (`halqa network solve` and POST
 * /api/network/solve) and market CSVs (`halqa market` and POST /api/market). Both answer, neither
 * crashes; the CLI exits 0 exactly when the API answers 200.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { main } from "../cli/main.ts";
import { createApp } from "../server/app.ts";
import { captureIo } from "../testing/capture-io.ts";
import {
  fuzzParams,
  mutatedBytes,
  networkArb,
  STACK_FRAME,
  scenarioArb,
  unknownCodes,
  within,
} from "../testing/fuzz.ts";
import { writeFuzzDataset } from "../testing/fuzz-dataset.ts";
import { EXPOSURE_CSV, NETWORK_JSON, WEIGHTS_CSV } from "../testing/fuzz-samples.ts";

const AS_OF = "2026-01-01";
let dir: string;
let data: string;
let app: ReturnType<typeof createApp>;
const logged: unknown[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "halqa-fuzz-parity-"));
  // The tiny dataset with the stress parameters, so that a valid scenario runs on both faces.
  const fuzz = await writeFuzzDataset(dir);
  data = fuzz.folder;
  app = createApp({
    dataset: fuzz.dataset,
    today: () => AS_OF,
    log: (error) => logged.push(error),
    computeLimits: { threads: 0 },
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Outcome = { ok: boolean; codes: string[] };

/** The command's outcome: its exit code and the [codes] it printed; never a crash or a stack. */
async function cli(args: string[]): Promise<Outcome> {
  const io = captureIo();
  const code = await within(10_000, `halqa ${args.join(" ")}`, main([...args, "--lang", "en"], io));
  const err = io.err();
  expect(err).not.toMatch(STACK_FRAME);
  expect(err).not.toContain("[internal-error]");
  expect([0, 1], err).toContain(code);
  const codes = [...err.matchAll(/(?:^| {2})\[([a-z0-9-]+)\]/gm)].map((m) => m[1] as string);
  if (code !== 0) expect(codes.length, `a refusal without a code: ${err}`).toBeGreaterThan(0);
  expect(unknownCodes(codes)).toEqual([]);
  return { ok: code === 0, codes: [...new Set(codes)].sort() };
}

/** The route's outcome: 200 or a coded 4xx, with every problem code of the error. */
async function api(path: string, body: string | Uint8Array): Promise<Outcome> {
  logged.length = 0;
  const res = await within(
    10_000,
    `POST ${path}`,
    app.request(path, { method: "POST", headers: { "content-type": "application/json" }, body }),
  );
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBeLessThan(500);
  expect(text).not.toMatch(STACK_FRAME);
  expect(logged).toEqual([]);
  if (res.status === 200) return { ok: true, codes: [] };
  const { error } = JSON.parse(text) as {
    error: { code: string; details?: { problems?: { code: string }[] } };
  };
  // A blank body is "empty-body" and a blank file "file-empty": the same finding in each medium's words.
  const codes = [error.code, ...(error.details?.problems ?? []).map((p) => p.code)].map((code) =>
    code === "empty-body" ? "file-empty" : code,
  );
  return { ok: false, codes: [...new Set(codes)].sort() };
}

async function write(name: string, bytes: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const isUtf8 = (bytes: Buffer) => Buffer.from(bytes.toString("utf8"), "utf8").equals(bytes);

describe("network JSON: CLI and API agree", () => {
  it("gives the same codes for mutated and wrongly typed networks", async () => {
    const file = fc.oneof(
      mutatedBytes(NETWORK_JSON).filter(isUtf8),
      networkArb.map((n) => Buffer.from(JSON.stringify(n))),
    );
    await fc.assert(
      fc.asyncProperty(file, async (bytes) => {
        const path = await write("n.json", bytes);
        const [byCli, byApi] = [
          await cli(["network", "solve", path, "--json"]),
          await api("/api/network/solve", bytes),
        ];
        expect(byCli, bytes.toString()).toEqual(byApi);
      }),
      fuzzParams(80),
    );
  });
});

describe("scenario YAML: CLI and API agree", () => {
  it("gives the same codes for wrongly typed scenarios", async () => {
    const valid = {
      id: "s",
      title: { en: "s", ar: "س" },
      model: { name: "eisenberg-noe" },
      shocks: [{ type: "default", entity: "lab" }],
    };
    const path = await write("valid.yaml", stringify(valid));
    // A valid scenario runs on both faces: the generated ones reach the analysis, not only the reader.
    expect(await cli(["stress", path, "--data", data, "--as-of", AS_OF, "--json"])).toEqual({
      ok: true,
      codes: [],
    });
    expect(await api("/api/stress", JSON.stringify({ scenario: valid, asOf: AS_OF }))).toEqual({
      ok: true,
      codes: [],
    });
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (generated) => {
        // The value JSON can carry (an infinity becomes null), so both faces read the same scenario.
        const scenario: unknown = JSON.parse(JSON.stringify(generated));
        const path = await write("s.yaml", stringify(scenario));
        const byCli = await cli(["stress", path, "--data", data, "--as-of", AS_OF, "--json"]);
        const byApi = await api("/api/stress", JSON.stringify({ scenario, asOf: AS_OF }));
        expect(byCli, JSON.stringify(scenario)).toEqual(byApi);
      }),
      fuzzParams(60),
    );
  });
});

describe("market CSVs: CLI and API agree", () => {
  it("gives the same codes for mutated weights and exposure files", async () => {
    const files = fc.record({
      weights: mutatedBytes(WEIGHTS_CSV).filter(isUtf8),
      exposure: mutatedBytes(EXPOSURE_CSV).filter(isUtf8),
    });
    await fc.assert(
      fc.asyncProperty(files, async ({ weights, exposure }) => {
        const w = await write("w.csv", weights);
        const e = await write("e.csv", exposure);
        const byCli = await cli([
          "market",
          "--weights",
          w,
          "--exposure",
          e,
          "--data",
          data,
          "--as-of",
          AS_OF,
          "--json",
        ]);
        const body = JSON.stringify({ weights: weights.toString(), exposure: exposure.toString() });
        const byApi = await api("/api/market", body);
        expect(byCli, body).toEqual(byApi);
      }),
      fuzzParams(60),
    );
  });
});
