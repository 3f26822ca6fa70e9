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
/** The dashboard (web/src) runs src/core in the browser: it may use core and i18n, and schema types only. */
const WEB = join(SRC, "..", "web", "src");
const WEB_ALLOWED = new Set(["core", "i18n"]);
const WEB_PACKAGES = /^(react|react-dom|echarts)(\/|$)/;
const WEB_ALIASES: Record<string, string> = { "@core/": "core", "@i18n/": "i18n", "@schema/": "schema" };
/**
 * The upload page (a lazily loaded chunk) checks a user's network file with halqa's own schema (zod
 * comes with it, into that chunk only) and reads a CSV edge list with the io layer's pure CSV files.
 * The market page checks a reader's weights or exposures CSV with the command line's own rules, from
 * the io layer's pure CSV-text files. The test below keeps all of those io files pure.
 */
const WEB_UPLOAD_FILES = /^pages\/upload\//;
const WEB_UPLOAD_TARGETS =
  /[/@](?:schema\/network|io\/csv-edges|io\/csv-stream|io\/edge-builder|io\/utf8)\.ts$/;
const WEB_MARKET_FILES = /^pages\/market\//;
const WEB_MARKET_TARGETS = /\/io\/(?:holdings-csv|utf8)\.ts$/;
const PURE_IO = [
  "io/csv-edges.ts",
  "io/csv-stream.ts",
  "io/edge-builder.ts",
  "io/holdings-csv.ts",
  "io/csv-text.ts",
  "io/utf8.ts",
];

function files(dir: string, pattern = /\.ts$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
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

type WebImport = { file: string; target: string; layer: string | undefined; typeOnly: boolean };

/** The dashboard's imports of halqa's layers (by alias or relative path) and of Node built-ins. */
function webImports(): WebImport[] {
  return files(WEB, /\.tsx?$/)
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms),
      ].map((m) => {
        const target = m[2] as string;
        const alias = Object.keys(WEB_ALIASES).find((a) => target.startsWith(a));
        let layer = alias ? WEB_ALIASES[alias] : undefined;
        if (target.startsWith(".")) {
          const resolved = relative(SRC, join(file, "..", target));
          if (!resolved.startsWith("..")) layer = resolved.split("/")[0];
        }
        if (target.startsWith("node:")) layer = "node";
        return { file: relative(WEB, file), target, layer, typeOnly: Boolean(m[1]) };
      }),
    );
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

  it("the dashboard uses core and i18n, schema types only, and no Node built-in; no layer imports it", () => {
    const web = webImports();
    expect(web.filter((i) => i.layer === "core").length).toBeGreaterThan(5);
    const bad = web.filter(
      (i) =>
        i.layer !== undefined &&
        !WEB_ALLOWED.has(i.layer) &&
        !(i.layer === "schema" && (i.typeOnly || i.target.endsWith("/enums.ts"))) &&
        !(WEB_UPLOAD_FILES.test(i.file) && WEB_UPLOAD_TARGETS.test(i.target)) &&
        !(WEB_MARKET_FILES.test(i.file) && WEB_MARKET_TARGETS.test(i.target)),
    );
    expect(bad.map((b) => `web/src/${b.file} → ${b.target}`)).toEqual([]);
    const packages = web.filter((i) => !i.target.startsWith(".") && i.layer === undefined && !i.typeOnly);
    expect(
      packages.filter((i) => !WEB_PACKAGES.test(i.target)).map((b) => `${b.file} → ${b.target}`),
    ).toEqual([]);
    const intoWeb = all.filter((imp) => imp.target.startsWith(".") && targetLayer(imp) === "outside-src");
    expect(intoWeb.map((b) => `${b.file} → ${b.target}`)).toEqual([]);
  });

  it("the io files the browser reads CSV with are pure: only core and each other, no package", () => {
    const bad = all.filter(
      (imp) =>
        PURE_IO.includes(imp.file) &&
        !imp.typeOnly &&
        !(targetLayer(imp) === "core" || PURE_IO.some((f) => imp.target.endsWith(f.slice(3)))),
    );
    expect(bad.map((b) => `${b.file} → ${b.target}`)).toEqual([]);
    expect(all.filter((imp) => PURE_IO.includes(imp.file)).length).toBeGreaterThan(3);
  });

  it("src/schema/enums.ts, which the browser imports, imports nothing (no zod in the bundle)", () => {
    expect(all.filter((imp) => imp.file === "schema/enums.ts")).toEqual([]);
  });

  it("core reads no clock, no environment and no unseeded randomness", () => {
    const offenders = files(join(SRC, "core"))
      .filter((f) => !f.endsWith(".test.ts"))
      .filter((f) =>
        /Date\.now\(|new Date\(\)|Math\.random\(|process\.|require\(/.test(readFileSync(f, "utf8")),
      );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  // Issue 13: core's faults of input are coded ModelErrors (core/errors.ts); a RangeError in core is a
  // violated invariant, i.e. a bug, and no face may catch it as the user's fault.
  it("core throws RangeError only for invariants; no face catches RangeError", () => {
    const INVARIANTS: Record<string, number> = {
      "core/circularity/linear.ts": 3, // matrix and right-hand sides of the wrong size
      "core/contagion/neva.ts": 1, // a valuation function's value outside [0, 1]
      "core/cycles/temporal-cycles.ts": 1, // a CSR built from another edge list
      "core/random.ts": 2, // an all-zero state; int(n) outside 1 … 2^32
      "core/stress/monte-carlo/accumulate.ts": 1, // merging partials of different runs
    };
    const source = (f: string) => !/\.test\.tsx?$/.test(f);
    const thrown = Object.fromEntries(
      files(join(SRC, "core"))
        .filter(source)
        .map((f) => [
          relative(SRC, f),
          (readFileSync(f, "utf8").match(/throw new RangeError\(/g) ?? []).length,
        ])
        .filter(([, n]) => (n as number) > 0),
    );
    expect(thrown).toEqual(INVARIANTS);
    const faces = [join(SRC, "cli"), join(SRC, "server"), WEB].flatMap((dir) => files(dir, /\.tsx?$/));
    const catching = faces
      .filter(source)
      .filter((f) => /instanceof\s+RangeError/.test(readFileSync(f, "utf8")));
    expect(catching.map((f) => relative(SRC, f))).toEqual([]);
  });
});
