/** `halqa brief`: what it writes, what it refuses before doing any work, and how it says so. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium } from "../io/print-pdf.ts";
import { captureIo } from "../testing/capture-io.ts";
import { main } from "./main.ts";

async function run(args: string[], env: Record<string, string> = {}) {
  const io = captureIo(env);
  const code = await main(["brief", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe("halqa brief", () => {
  it("writes an HTML brief and says where", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-brief-"));
    const out = join(dir, "brief.html");
    const { code, err } = await run(["--company", "oracle", "--out", out, "--lang", "ar"]);
    expect(code).toBe(0);
    expect(err).toContain(out);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('dir="rtl"');
    expect(html).toContain("أوراكل");
  });

  it("leaves an existing file as it is without --force, and names the option", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-brief-"));
    const out = join(dir, "mine.html");
    writeFileSync(out, "my notes");
    const { code, err } = await run(["--out", out]);
    expect(code).toBe(2);
    expect(err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("my notes");
  });

  it.each([
    [["--out", "brief.docx"], "brief-format"],
    [["--company", "oracle", "--scenario", "scenarios/openai-revenue-half.yaml"], "brief-one-subject"],
  ])("refuses %j before any work (%s)", async (args, code) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`[${code}]`);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("names an unknown company's closest matches", async () => {
    const { code, err } = await run(["--company", "oracl"]);
    expect(code).toBe(2);
    expect(err).toContain("oracle");
  });

  it("says how to get a PDF when no Chromium is installed, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-brief-"));
    const out = join(dir, "brief.pdf");
    const { code, err } = await run(["--out", out], { HALQA_CHROMIUM: join(dir, "no-such-browser") });
    expect(code).toBe(1);
    expect(err).toContain("[no-chromium]");
    expect(existsSync(out)).toBe(false);
  });

  it.runIf(findChromium() !== null)(
    "prints a PDF through headless Chromium",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "halqa-brief-"));
      const out = join(dir, "brief.pdf");
      const { code } = await run(["--scenario", "scenarios/openai-revenue-half.yaml", "--out", out]);
      expect(code).toBe(0);
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // One to four pages is what a brief is for.
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(4);
    },
    120_000,
  );
});
