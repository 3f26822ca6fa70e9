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
import { problemModelAr } from "./problem-model.ar.ts";
import { problemModelEn } from "./problem-model.en.ts";
import { reportCircularityAr } from "./report-circularity.ar.ts";
import { reportCircularityEn } from "./report-circularity.en.ts";
import { reportExposureAr } from "./report-exposure.ar.ts";
import { reportExposureEn } from "./report-exposure.en.ts";
import { reportFlowsAr } from "./report-flows.ar.ts";
import { reportFlowsEn } from "./report-flows.en.ts";
import { reportLoopsAr } from "./report-loops.ar.ts";
import { reportLoopsEn } from "./report-loops.en.ts";
import { reportRatiosAr } from "./report-ratios.ar.ts";
import { reportRatiosEn } from "./report-ratios.en.ts";
import { reportStressAr } from "./report-stress.ar.ts";
import { reportStressEn } from "./report-stress.en.ts";
import { reportSummaryAr } from "./report-summary.ar.ts";
import { reportSummaryEn } from "./report-summary.en.ts";
import { sampleAr } from "./sample.ar.ts";
import { sampleEn } from "./sample.en.ts";
import type { Leaves, MessageTree, Shape } from "./tree.ts";

export const catalogueEn = {
  report: {
    sample: sampleEn,
    summary: reportSummaryEn,
    flows: reportFlowsEn,
    loops: reportLoopsEn,
    circularity: reportCircularityEn,
    exposure: reportExposureEn,
    ratios: reportRatiosEn,
    stress: reportStressEn,
  },
  problem: { model: problemModelEn },
} as const satisfies MessageTree;

export type Catalogue = Shape<typeof catalogueEn>;

export const catalogueAr: Catalogue = {
  report: {
    sample: sampleAr,
    summary: reportSummaryAr,
    flows: reportFlowsAr,
    loops: reportLoopsAr,
    circularity: reportCircularityAr,
    exposure: reportExposureAr,
    ratios: reportRatiosAr,
    stress: reportStressAr,
  },
  problem: { model: problemModelAr },
};

/** Every message's dotted key, e.g. "report.sample.deals". */
export type MessageKey = Leaves<typeof catalogueEn>;
