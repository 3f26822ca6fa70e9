#!/usr/bin/env node
// Starts halqa. The built JavaScript in dist/cli (npm install's prepare step, or `npm run build:cli`)
// starts in about 0.2 s; it is used only while its stamp is newer than every file under src/, so an
// edited source never runs stale. Otherwise, or with HALQA_FROM_SOURCE=1, tsx runs the TypeScript.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runWithHugePages } from "./huge-pages.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", "cli", ".built");

function newerThanSources(time, dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!newerThanSources(time, path)) return false;
    } else if (statSync(path).mtimeMs > time) return false;
  }
  return true;
}

function buildIsFresh() {
  if (process.env.HALQA_FROM_SOURCE === "1" || !existsSync(stamp)) return false;
  return newerThanSources(statSync(stamp).mtimeMs, join(root, "src"));
}

// A reader that stops early (`halqa loops | head`) closes the pipe: that is the reader's choice, not an
// error, so stop quietly instead of printing Node's EPIPE stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

// A ledger scan runs itself again on 2 MB pages (bin/huge-pages.js); the parent only waits for it.
const relaunched = await runWithHugePages();
if (relaunched !== undefined) process.exit(relaunched);

let main;
if (buildIsFresh()) {
  ({ main } = await import("../dist/cli/cli/main.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
