/** `halqa stress` end to end, in process, through `registerStress` on a fresh program. */
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { captureIo } from "../../testing/capture-io.ts";
import { STRESS_FIXTURE_YAML } from "../../testing/stress-fixture.ts";
import { tempDataset } from "../../testing/temp-dataset.ts";
import { CliError } from "../errors.ts";
import { registerStress } from "../program/stress.ts";

async function run(args: string[]) {
  const io = captureIo();
  let code = 0;
  const program = new Command("halqa")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerStress(program, { io, setExit: (c) => (code = c) });
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message);
      code = error.exitCode;
    } else if (error instanceof CommanderError) code = 2;
    else throw error;
  }
  return { code, out: io.out(), err: io.err() };
}

const GOOD = `id: full\ntitle: { en: Full shortfall, ar: عجز كامل }\nmodel: { name: eisenberg-noe }\nshocks:\n  - { type: revenue-shortfall, entity: lab, fraction: 1 }\n`;
const BAD = `id: bad\ntitle: { en: Bad, ar: سيئ }\nmodel: { name: eisenberg-noe }\nshocks:\n  - { type: revenue-shortfall, entity: lab, fraction: 0.5 }\n  - { type: default, entity: ghost }\n  - { type: payment-delay, entity: lab, months: 99 }\n`;

describe("halqa stress", () => {
  it("prints defaults by wave, losses, unfunded deals, the account and the assumptions", async () => {
    const dir = await tempDataset({ "data/data.yaml": STRESS_FIXTURE_YAML, "good.yaml": GOOD });
    const r = await run([
      "stress",
      join(dir, "good.yaml"),
      "--data",
      join(dir, "data"),
      "--as-of",
      "2026-01-01",
    ]);
    expect(r.code).toBe(0);
    for (const text of [
      "Wave 1: Lab defaults.",
      // The unfunded table names the deal by its title, never its id.
      "Lab buys compute",
      // Assumptions by name, never by id (issue 14): the parameter and the reported figure.
      "│ Horizon ",
      "2 years *",
      "Lab · revenue · 2025",
      "Unfunded commitments",
    ])
      expect(r.out).toContain(text);
  });

  it("writes the Arabic output with Western digits and amounts in words, and the basis translated", async () => {
    const dir = await tempDataset({ "data/data.yaml": STRESS_FIXTURE_YAML, "good.yaml": GOOD });
    const r = await run([
      "stress",
      join(dir, "good.yaml"),
      "--data",
      join(dir, "data"),
      "--as-of",
      "2026-01-01",
      "--lang",
      "ar",
    ]);
    expect(r.code).toBe(0);
    const out = r.out.replace(/\u00a0/g, " ");
    for (const text of [
      "الملتزم به",
      "الموجة 1: تتعثر المختبر.",
      "تبقى التزامات قدرها 30 دولار في صفقتين بلا تمويل.",
      "غير المموَّل",
      "سنتان",
    ])
      expect(out).toContain(text);
    // No amount in the account is written the English way.
    expect(out).not.toMatch(/\$\d/);
  });

  it("gives JSON for programs and takes --model over the scenario's", async () => {
    const dir = await tempDataset({ "data/data.yaml": STRESS_FIXTURE_YAML, "good.yaml": GOOD });
    const args = [
      "stress",
      join(dir, "good.yaml"),
      "--data",
      join(dir, "data"),
      "--as-of",
      "2026-01-01",
      "--json",
    ];
    const json = JSON.parse((await run(args)).out);
    expect(json.waves).toEqual([{ wave: 1, entities: ["lab"] }]);
    expect(json.totalUnfunded).toBeCloseTo(30, 9);
    const dr = JSON.parse((await run([...args, "--model", "debtrank"])).out);
    expect(dr.model).toBe("debtrank");
    expect((await run([...args, "--model", "magic"])).code).toBe(2);
  });

  it("reports a bad scenario's problems at file:line with their codes and exits 1", async () => {
    const dir = await tempDataset({ "data/data.yaml": STRESS_FIXTURE_YAML, "bad.yaml": BAD });
    const file = join(dir, "bad.yaml");
    const r = await run([
      "stress",
      file,
      "--data",
      join(dir, "data"),
      "--as-of",
      "2026-01-01",
      "--lang",
      "ar",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:6:`);
    expect(r.err).toContain("[unknown-entity]");
    expect(r.err).toContain(`${file}:7:`);
    expect(r.err).toContain("[delay-beyond-horizon]");
  });

  it("reports a malformed scenario with the schema's codes", async () => {
    const dir = await tempDataset({
      "data/data.yaml": STRESS_FIXTURE_YAML,
      "shape.yaml": `id: x\ntitle: { en: X, ar: س }\nmodel: { name: eisenberg-noe }\nshocks:\n  - { type: share-price-fall, entity: lab, fraction: 4 }\n`,
    });
    const file = join(dir, "shape.yaml");
    const r = await run(["stress", file, "--data", join(dir, "data"), "--as-of", "2026-01-01"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:5:`);
    expect(r.err).toContain("[fraction-out-of-range]");
  });
});
