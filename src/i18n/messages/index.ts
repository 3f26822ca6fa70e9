/**
 * The one message catalogue: every sentence the command line, the API and the pages show, in ICU
 * MessageFormat syntax (plural and select with CLDR rules: Arabic has six plural forms), one tree per
 * language. Namespaces: `problem.*` (error codes), `report.*` (analysis titles, columns, findings),
 * `cli.*` (terminal-only words), `web.*` (page-only words), `enum.*` (labels of the data's enumerations).
 *
 * Each namespace part lives in its own pair of files, `<part>.en.ts` and `<part>.ar.ts`, exporting a
 * tree of strings; register the pair below. The English tree is the reference: the Arabic tree is typed
 * against it (`Shape`), and a parity test (parity.test.ts) checks every key and every placeholder.
 */
import { graphLoopsAr } from "./cli-graph-loops.ar.ts";
import { graphLoopsEn } from "./cli-graph-loops.en.ts";
import { sampleAr } from "./sample.ar.ts";
import { sampleEn } from "./sample.en.ts";
import type { Leaves, MessageTree, Shape } from "./tree.ts";

export const catalogueEn = {
  report: { sample: sampleEn },
  cli: { graphLoops: graphLoopsEn },
} as const satisfies MessageTree;

export type Catalogue = Shape<typeof catalogueEn>;

export const catalogueAr: Catalogue = {
  report: { sample: sampleAr },
  cli: { graphLoops: graphLoopsAr },
};

/** Every message's dotted key, e.g. "report.sample.deals". */
export type MessageKey = Leaves<typeof catalogueEn>;
