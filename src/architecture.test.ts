/**
 * The layering of DESIGN.md, enforced: arrows only point down. src/core is pure (no I/O, no clock,
 * no unseeded randomness) and imports only its own files — plus *types* from src/schema, which are
 * erased at build time, so core still runs unchanged in a worker or a browser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = import.meta.dirname;
const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  schema: ["schema", "core"],
  i18n: ["i18n"],
  io: ["io", "core", "schema", "i18n"],
  cli: ["cli", "io", "core", "schema", "i18n"],
  server: ["server", "io", "core", "schema", "i18n"],
  testing: ["testing", "cli", "io", "core", "schema", "i18n"],
};
const CORE_PACKAGES = new Set(["zod"]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

type Import = { file: string; layer: string; target: string; typeOnly: boolean };

function imports(): Import[] {
  return files(SRC)
    .filter((f) => !f.endsWith(".test.ts") && relative(SRC, f).includes("/"))
    .flatMap((file) => {
      const layer = relative(SRC, file).split("/")[0] as string;
      const text = readFileSync(file, "utf8");
      return [...text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)].map((m) => ({
        file: relative(SRC, file),
        layer,
        target: m[2] as string,
        typeOnly: Boolean(m[1]),
      }));
    });
}

function targetLayer(imp: Import): string | undefined {
  if (!imp.target.startsWith(".")) return undefined;
  const resolved = relative(SRC, join(SRC, imp.file, "..", imp.target));
  return resolved.startsWith("..") ? "outside-src" : resolved.split("/")[0];
}

describe("architecture", () => {
  const all = imports();

  it("finds the layers' imports", () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it("no layer imports upward", () => {
    const bad = all.filter((imp) => {
      const target = targetLayer(imp);
      if (target === undefined || target === imp.layer) return false;
      if (imp.layer === "core" && target === "schema" && imp.typeOnly) return false;
      return !(ALLOWED[imp.layer] ?? []).includes(target);
    });
    expect(bad.map((b) => `${b.file} → ${b.target}`)).toEqual([]);
  });

  it("core imports no packages with I/O and no Node built-ins", () => {
    const bad = all.filter(
      (imp) =>
        imp.layer === "core" &&
        !imp.target.startsWith(".") &&
        !(imp.typeOnly || CORE_PACKAGES.has(imp.target)),
    );
    expect(bad.map((b) => `${b.file} → ${b.target}`)).toEqual([]);
  });

  it("core reads no clock, no environment and no unseeded randomness", () => {
    const offenders = files(join(SRC, "core"))
      .filter((f) => !f.endsWith(".test.ts"))
      .filter((f) =>
        /Date\.now\(|new Date\(\)|Math\.random\(|process\.|require\(/.test(readFileSync(f, "utf8")),
      );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
