/** `halqa stress --runs` end to end, in process (0 workers keeps it in this thread). */
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

const UNCERTAIN = `id: mc\ntitle: { en: MC, ar: م }\nmodel: { name: eisenberg-noe }\nshocks:\n  - { type: revenue-shortfall, entity: lab, fraction: { dist: uniform, min: 0.5, max: 1 } }\n`;
const FIXED = `id: fixed\ntitle: { en: F, ar: ف }\nmodel: { name: eisenberg-noe }\nshocks:\n  - { type: revenue-shortfall, entity: lab, fraction: 1 }\n`;
const BAD = `id: bad\ntitle: { en: B, ar: ب }\nmodel: { name: eisenberg-noe }\nshocks:\n  - { type: revenue-shortfall, entity: lab, fraction: { dist: normal, mean: 0.5, sd: 0.2 } }\n`;

async function files() {
  const dir = await tempDataset({
    "data/data.yaml": STRESS_FIXTURE_YAML,
    "mc.yaml": UNCERTAIN,
    "fixed.yaml": FIXED,
    "bad.yaml": BAD,
  });
  return (name: string, ...rest: string[]) => [
    "stress",
    join(dir, name),
    "--data",
    join(dir, "data"),
    "--as-of",
    "2026-01-01",
    "--workers",
    "0",
    ...rest,
  ];
}

describe("halqa stress --runs", () => {
  it("prints the loss distribution, default probabilities and the sensitivity ranking", async () => {
    const args = await files();
    const r = await run(args("mc.yaml", "--runs", "400", "--seed", "7"));
    expect(r.code).toBe(0);
    for (const text of [
      "400 samples",
      "seed 7",
      "VaR 99%",
      "expected shortfall 95%",
      "Lab",
      // Shock types and distributions in words (issue 14), never as their codes.
      "Revenue falls short · Lab",
      "uniform from 0.5 to 1",
      // The figures every sample rests on, as the single run prints them (they had been --json only).
      "Assumptions",
    ])
      expect(r.out).toContain(text);
    // Lab (assets 180, owes 150) loses 60·f: above f = 0.5 it falls short, so it defaults in every sample.
    const json = JSON.parse((await run(args("mc.yaml", "--runs", "400", "--seed", "7", "--json"))).out);
    expect(json.summary.samples).toBe(400);
    expect(json.partial).toBe(false);
    const lab = json.summary.entities.find((e: { entity: string }) => e.entity === "lab");
    expect(lab.defaultProbability).toBe(1);
    expect(json.summary.sensitivity[0].rho).toBeCloseTo(1, 9);
  });

  it("in Arabic: headings and entity names", async () => {
    const r = await run((await files())("mc.yaml", "--runs", "50", "--lang", "ar"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("اختبار الضغط بمحاكاة مونت كارلو");
    expect(r.out).toContain("المختبر");
  });

  it("says so when a scenario has no distributions (exit 2), and runs it deterministically without --runs", async () => {
    const args = await files();
    const r = await run(args("fixed.yaml", "--runs", "100"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("has no distributions");
    expect((await run(args("fixed.yaml"))).out).toContain("Wave 1: Lab defaults.");
  });

  it("rejects impossible distributions with the path (exit 1) and bad flags (exit 2)", async () => {
    const args = await files();
    const bad = await run(args("bad.yaml", "--runs", "10"));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("shocks[0].fraction");
    expect(bad.err).toContain("clip: true");
    expect((await run(args("mc.yaml", "--runs", "0"))).code).toBe(2);
    expect((await run(args("mc.yaml", "--seed", "x"))).code).toBe(2);
  });
});
