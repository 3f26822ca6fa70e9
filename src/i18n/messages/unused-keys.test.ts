/**
 * Every message of the catalogue is said somewhere: a key that no source file under src/ or web/src
 * names is a sentence nobody will ever read, in two languages, and a copy that drifts from the one in
 * use. A key counts as used when a source file (tests and the catalogue itself excluded) holds it
 * literally, or when it lies under one of the DYNAMIC prefixes below, whose last part comes from data or
 * from a code at run time. Keep that list short and explained: a new dynamic use needs a line here.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueEn } from "./index.ts";
import type { MessageTree } from "./tree.ts";

/** Prefixes whose last key part is chosen at run time, with who chooses it. */
const DYNAMIC: readonly string[] = [
  "problem.", // problem codes travel with the problems (problemMessage, describeProblems, model-problem.ts)
  "enum.", // enumeration values come from the data (label, formatCell's enum unit)
  "report.common.count.", // countNoun(lang, n, noun) in count.ts
  "report.stress.step.", // the stress account's coded steps (stress-account.ts)
  "report.stress.basis.", // stress-report.ts: the value basis of the run
  "report.summary.basis.", // summary-report.ts: one line per value basis
  "report.reconcile.titles.", // reconcile: one per check id
  "report.reconcile.statuses.", // reconcile: a check's status
  "report.reconcile.reasons.", // reconcile: why a figure differs
  "report.reconcile.notes.", // reconcile: a check's note id
  "report.reconcile.metrics.", // reconcile: the metric of a reference
  "report.tracker.signals.", // tracker-report.ts: one per signal id
  "report.tracker.stages.", // tracker-report.ts: the stage reached
  "report.market.measures.", // market-report.ts: one per published measure
  "report.market.measureNotes.", // market-report.ts: its note
  "report.ratios.names.", // ratios-report.ts: one per ratio id
  "report.sheet.reason.", // sheet-cells.ts exclusionCell: why the engine set money apart
  "cli.totalNames.", // network-solve.ts: one per total of the solve
  "cli.help.", // cli/help.ts: one per command, argument and option of the program, by its path and flag
];

/** Single keys chosen at run time from a few values, each with the place that builds it. */
const DYNAMIC_KEYS: readonly string[] = [
  "report.exposure.customers", // exposure-report.ts: exposureSideTable(id)
  "report.exposure.suppliers",
  "report.sheet.company.ambiguous", // program/sheets.ts: the result of the entity search
  "report.sheet.company.unknown",
];

/**
 * Keys no source names today, in the parts of commands being moved to `message()` by others this
 * session (summary, exposure/revenue-share, company): kept for them; whoever finishes a part removes its
 * lines here, and the keys if they are still unused.
 */
const PENDING: readonly string[] = [
  "report.summary.counts", // summary's report module; the summary command still prints cli.counts
  "report.summary.entitiesByKind",
  "report.summary.dealsByType",
  "report.summary.dealsByStatus",
  "cli.revenueShare.datasetShare", // revenue-share: now report.exposure.datasetShare
  "cli.revenueShare.flowsTitle",
];

const ROOT = join(import.meta.dirname, "../../..");
const CATALOGUE_DIR = join(ROOT, "src/i18n/messages");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === CATALOGUE_DIR ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function leaves(tree: MessageTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [full] : leaves(value, full);
  });
}

const files = [join(ROOT, "src"), join(ROOT, "web/src")].filter(existsSync).flatMap(sources);
const texts = files.map((file) => readFileSync(file, "utf8"));
/** Every quoted word that could be a key: a literal key is written whole, in quotes of any kind. */
const quoted = new Set(
  texts.flatMap((text) => [...text.matchAll(/["'`]([\w.-]+)["'`]/g)].map((m) => m[1] as string)),
);

/**
 * Keys built in a template literal from a fixed prefix (`cli.monteCarlo.${key}`, `web.nav.${id}`): the
 * prefix is in the source, typed against the catalogue's keys where the builder is typed, so every key
 * under it counts as reachable.
 */
const templated = new Set(
  texts.flatMap((text) =>
    [...text.matchAll(/`((?:cli|report|web)\.[\w.]*\.)\$\{/g)].map((m) => m[1] as string),
  ),
);

function used(key: string): boolean {
  if (quoted.has(key) || DYNAMIC.some((prefix) => key.startsWith(prefix))) return true;
  if ([...templated].some((prefix) => key.startsWith(prefix))) return true;
  return DYNAMIC_KEYS.includes(key) || PENDING.includes(key);
}

describe("the catalogue holds no unused message", () => {
  const keys = leaves(catalogueEn as MessageTree);

  it("reads the sources it checks against", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(keys.length).toBeGreaterThan(500);
  });

  it("names every key in some source file, or under a documented dynamic prefix", () => {
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });

  it("keeps every dynamic prefix and key in use (no stale entry)", () => {
    const stalePrefixes = DYNAMIC.filter((prefix) => !keys.some((key) => key.startsWith(prefix)));
    const staleKeys = [...DYNAMIC_KEYS, ...PENDING].filter((key) => !keys.includes(key));
    expect([...stalePrefixes, ...staleKeys]).toEqual([]);
  });
});
