#!/usr/bin/env node
/**
 * Writes what the product says on the bundled data — every analysis command's text (English and Arabic)
 * and --json, and the API's answers — into one file per output, so two commits' outputs can be diffed
 * (`diff -r before after`). Used to show that a refactor changed no output except where it meant to.
 *
 *   node scripts/snapshot-outputs.mjs OUT_DIR
 *
 * Runs the CLI as users do (node bin/halqa.js) and the API through `halqa serve` on a free port.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const AS_OF = "2026-06-30";
const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/snapshot-outputs.mjs OUT_DIR");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const COMMANDS = [
  ["summary"],
  ["flows"],
  ["flows", "--basis", "announced", "--from", "2026", "--to", "2028"],
  ["flows", "--entity", "oracle", "--year", "2027"],
  ["flows", "--unit", "GW", "--basis", "announced"],
  ["loops"],
  ["loops", "--include-reported"],
  ["loops", "--entity", "coreweave", "--max-length", "4"],
  ["loops", "--temporal", "--window", "365d"],
  ["circularity"],
  ["circularity", "--entity", "talen-energy"],
  ["exposure", "nvidia"],
  ["exposure", "nvidia", "--year", "2025"],
  ["exposure", "--rank"],
  ["ratios"],
  ["company", "oracle"],
  ["deal", "nvidia-openai-10gw-loi"],
  ["changes", "--since", "2026-01-01", "--entity", "nvidia"],
  ["reconcile"],
  ["stress", "scenarios/replay-1999.yaml"],
  ["stress", "scenarios/grid-slip-24-months.yaml"],
  ["stress", "scenarios/openai-revenue-uncertain.yaml", "--runs", "2000", "--seed", "7"],
  ["economics"],
  ["tracker"],
  ["tracker", "--entity", "openai"],
  ["market"],
  ["power"],
  ["power", "--entity", "openai", "--from", "2026", "--to", "2030", "--basis", "committed"],
  ["power", "--site", "meta-hyperion"],
  ["power", "--delay-months", "24", "--region", "Texas"],
  ["funding", "openai"],
  ["data", "validate"],
];

const API = [
  "/api/stats",
  "/api/flows",
  "/api/flows?basis=announced",
  "/api/loops",
  "/api/circularity",
  "/api/exposure/nvidia",
  "/api/rankings",
  "/api/ratios",
  "/api/economics",
  "/api/tracker",
  "/api/market",
  "/api/power",
  "/api/funding/openai",
  "/api/reconcile",
  "/api/company/oracle",
  "/api/deals/nvidia-openai-10gw-loi",
  "/api/deals/nvidia-openai-10gw-loi/timeline",
  "/api/changes?since=2026-01-01",
  "/api/scenarios",
];

const env = { ...process.env, NO_COLOR: "1", HALQA_FROM_SOURCE: "1" };
const name = (parts) => parts.join("_").replace(/[^A-Za-z0-9._-]+/g, "-");

for (const args of COMMANDS) {
  for (const [suffix, extra] of [
    ["en.txt", ["--lang", "en"]],
    ["ar.txt", ["--lang", "ar"]],
    ["json", ["--json"]],
  ]) {
    const run = spawnSync("node", ["bin/halqa.js", ...args, ...extra, "--as-of", AS_OF], {
      env,
      encoding: "utf8",
    });
    writeFileSync(
      join(out, `cli_${name(args)}.${suffix}`),
      `${run.stdout}\n--- stderr (exit ${run.status})\n${run.stderr}`,
    );
  }
  process.stderr.write(".");
}

const port = await freePort();
const server = spawn("node", ["bin/halqa.js", "serve", "--port", String(port)], { env, stdio: "ignore" });
try {
  await waitFor(`http://127.0.0.1:${port}/api/health`);
  for (const path of API) {
    const sep = path.includes("?") ? "&" : "?";
    const res = await fetch(`http://127.0.0.1:${port}${path}${sep}asOf=${AS_OF}`);
    const text = await res.text();
    let body = text;
    try {
      body = JSON.stringify(JSON.parse(text), null, 2);
    } catch {}
    writeFileSync(join(out, `api_${name([path])}.json`), `${res.status}\n${body}\n`);
  }
} finally {
  server.kill();
}
process.stderr.write(`\nwrote ${COMMANDS.length * 3 + API.length} outputs to ${out}\n`);

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}
