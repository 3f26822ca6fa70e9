/**
 * How halqa is running: as built JavaScript (dist/cli, made by `npm run build:cli`, which `npm install`
 * runs as its prepare step) or as the TypeScript sources under tsx. The two differ in where files sit
 * relative to this module, and in how a worker thread loads its code, so both questions live here.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** True when this module is the built JavaScript, false when tsx runs the TypeScript source. */
export const BUILT = import.meta.url.endsWith(".js");

/** halqa's package root: the nearest folder above this module whose package.json is halqa's. */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readName(manifest) === "halqa") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`halqa's package.json was not found above ${start}`);
    dir = up;
  }
}

function readName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

/**
 * The file a worker thread starts from. Built, it is the worker module's own JavaScript; from the
 * sources it is a small JavaScript shim beside it that registers tsx first (worker threads do not
 * inherit the parent's loader).
 */
export function workerEntry(base: string, module: string, shim: string): URL {
  return BUILT ? new URL(`./${module}.js`, base) : new URL(`./${shim}`, base);
}
