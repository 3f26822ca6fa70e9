#!/usr/bin/env node
// Builds the CLI and the server into dist/cli with TypeScript, then stamps the build. bin/halqa.js runs
// the build when the stamp is newer than every source file, and the sources through tsx otherwise, so
// a failed or missing build only costs start-up time, never correctness. Run by `npm install`
// (prepare) and `npm start`; a production install without TypeScript skips it with a note.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "cli");
const require = createRequire(import.meta.url);

let tsc;
try {
  tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
} catch {
  console.error("halqa: TypeScript is not installed; the CLI will run its sources through tsx.");
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
  cwd: root,
  stdio: ["ignore", "inherit", "inherit"],
});
// tsc emits even when it finds type errors (the type check is `npm run typecheck`'s job); only a build
// that produced no entry point is a failure here.
if (!existsSync(join(out, "cli", "main.js"))) {
  console.error(`halqa: the CLI build failed (tsc exit ${result.status}); the sources will run through tsx.`);
  process.exit(0);
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, ".built"), `${new Date().toISOString()}\n`);
