/**
 * Import cycles between files, for the architecture test: the import graph of a source tree and its
 * strongly connected components (Tarjan's algorithm). Every component of more than one file — or one
 * file importing itself — is a cycle: those files cannot be read, tested or loaded one without the
 * others. Type-only imports count too: a type cycle still ties the files' meaning together.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** file → the files it imports (paths as the caller names them). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Tarjan's strongly connected components, iterative (no recursion limit on long import chains).
 * Returns the components that are cycles, each sorted, in a stable order.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  const targets = (v: string) => graph.get(v) ?? [];
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    // Each frame: a vertex and how many of its targets have been looked at.
    const frames: { v: string; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { v: string; i: number };
      const out = targets(frame.v);
      if (frame.i < out.length) {
        const w = out[frame.i++] as string;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          frames.push({ v: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.v, Math.min(low.get(frame.v) as number, index.get(w) as number));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v) as number, low.get(frame.v) as number));
      if (low.get(frame.v) !== index.get(frame.v)) continue;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== frame.v);
      if (component.length > 1 || targets(frame.v).includes(frame.v)) cycles.push(component.sort());
    }
  }
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

const IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"|^\s*import\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/gms;

/** Every file under `dir` whose name matches, recursively. */
export function sourceFiles(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name), pattern)
      : pattern.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * The import graph of `files` (absolute paths), keyed by path relative to `root`. Relative imports
 * and the `aliases` (prefix → absolute folder, as web/tsconfig.json's paths) are followed; packages
 * and imports leaving the given files are left out. With `valuesOnly`, `import type` and `export
 * type` statements are left out too (they are erased: they load nothing at run time).
 */
export function importGraph(
  files: readonly string[],
  root: string,
  aliases: Readonly<Record<string, string>> = {},
  { valuesOnly = false } = {},
): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const out = new Set<string>();
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (valuesOnly && m[1]) continue;
      const spec = (m[2] ?? m[3] ?? m[4]) as string;
      const alias = Object.keys(aliases).find((a) => spec.startsWith(a));
      const target = alias
        ? join(aliases[alias] as string, spec.slice(alias.length))
        : spec.startsWith(".")
          ? resolve(dirname(file), spec)
          : undefined;
      if (target !== undefined && known.has(target)) out.add(relative(root, target));
    }
    graph.set(relative(root, file), [...out].sort());
  }
  return graph;
}
