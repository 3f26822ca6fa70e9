/**
 * The layering of DESIGN.md, enforced: arrows only point down. src/core is pure (no I/O, no clock,
 * no unseeded randomness) and imports only its own files: the model's types live in src/core/model,
 * and src/schema's zod schemas point at them, never the other way (decision 21). The dashboard reads
 * src/io only through src/io/browser.ts, and no files anywhere import each other in a cycle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, sourceFiles } from "./testing/import-cycles.ts";

const SRC = import.meta.dirname;
const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  schema: ["schema", "core"],
  // The one cell formatter reads the report layout's unit and cell types (src/i18n/format-cell.ts).
  i18n: ["i18n", "core"],
  io: ["io", "core", "schema", "i18n"],
  // The printable face (the brief's HTML and its charts as SVG): reports and words, no files.
  print: ["print", "core", "i18n"],
  cli: ["cli", "io", "core", "schema", "i18n", "print"],
  server: ["server", "io", "core", "schema", "i18n", "print"],
  // The faces harness runs the API too (src/testing/faces.ts).
  testing: ["testing", "cli", "server", "io", "core", "schema", "i18n", "print"],
};
/** Packages core may use: none (the model's types are core's own, so core needs no zod). */
const CORE_PACKAGES = new Set<string>();
/** The dashboard (web/src) runs src/core in the browser: it may use core and i18n, and schema types only. */
const WEB = join(SRC, "..", "web", "src");
const WEB_ALLOWED = new Set(["core", "i18n"]);
const WEB_PACKAGES = /^(react|react-dom|echarts)(\/|$)/;
const WEB_ALIASES: Record<string, string> = { "@core/": "core", "@i18n/": "i18n", "@schema/": "schema" };
/**
 * The upload page (a lazily loaded chunk) checks a user's network file with halqa's own schema (zod
 * comes with it, into that chunk only). The upload and market pages read the reader's CSV files with
 * the command line's own parsers, through the one browser-safe door to the io layer, which a test
 * below keeps free of Node built-ins and packages.
 */
const WEB_UPLOAD_FILES = /^pages\/upload\//;
const WEB_UPLOAD_TARGETS = /[/@]schema\/network\.ts$/;
const BROWSER_IO = "io/browser.ts";

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
        !(i.layer === "io" && i.target.endsWith(`/src/${BROWSER_IO}`)) &&
        !(WEB_UPLOAD_FILES.test(i.file) && WEB_UPLOAD_TARGETS.test(i.target)),
    );
    expect(bad.map((b) => `web/src/${b.file} → ${b.target}`)).toEqual([]);
    const packages = web.filter((i) => !i.target.startsWith(".") && i.layer === undefined && !i.typeOnly);
    expect(
      packages.filter((i) => !WEB_PACKAGES.test(i.target)).map((b) => `${b.file} → ${b.target}`),
    ).toEqual([]);
    const intoWeb = all.filter((imp) => imp.target.startsWith(".") && targetLayer(imp) === "outside-src");
    expect(intoWeb.map((b) => `${b.file} → ${b.target}`)).toEqual([]);
  });

  it("what the browser loads through src/io/browser.ts needs no Node built-in and no package", () => {
    const graph = importGraph(sourceFiles(SRC), SRC, {}, { valuesOnly: true });
    const reachable = new Set([BROWSER_IO]);
    for (const file of reachable) for (const next of graph.get(file) ?? []) reachable.add(next);
    expect(reachable.size).toBeGreaterThan(4);
    const bad = all.filter((imp) => reachable.has(imp.file) && !imp.typeOnly && !imp.target.startsWith("."));
    expect(bad.map((b) => `${b.file} → ${b.target}`)).toEqual([]);
    expect([...reachable].filter((f) => !/^(io|core)\//.test(f))).toEqual([]);
  });

  it("the enums the browser imports (src/core/model/enums.ts) import nothing (no zod in the bundle)", () => {
    expect(all.filter((imp) => imp.file === "core/model/enums.ts")).toEqual([]);
    expect(all.filter((imp) => imp.file === "schema/enums.ts").map((i) => i.target)).toEqual([
      "../core/model/enums.ts",
    ]);
  });

  it("core's own tests use schema only for its scenario parser, never for the model's types", () => {
    const tests = files(join(SRC, "core")).filter((f) => f.endsWith(".test.ts"));
    const bad = tests.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/gms)]
        .filter(
          (m) => (m[3] as string).includes("/schema/") && !(m[3] as string).endsWith("/schema/scenario.ts"),
        )
        .map((m) => `${relative(SRC, file)} → ${m[3]}`),
    );
    expect(bad).toEqual([]);
  });

  it("test fixtures live in src/testing, not in core's source", () => {
    const fixtures = files(join(SRC, "core")).filter((f) => /fixture/i.test(relative(SRC, f)));
    expect(fixtures.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("no files import each other in a cycle, in src or web/src (type-only imports count)", () => {
    const root = join(SRC, "..");
    const graph = importGraph([...sourceFiles(SRC), ...sourceFiles(WEB)], root, {
      "@core/": join(SRC, "core"),
      "@i18n/": join(SRC, "i18n"),
      "@schema/": join(SRC, "schema"),
    });
    expect(graph.size).toBeGreaterThan(500);
    expect(importCycles(graph)).toEqual([]);
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
