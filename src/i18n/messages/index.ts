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
import { sampleAr } from "./sample.ar.ts";
import { sampleEn } from "./sample.en.ts";
import type { Leaves, MessageTree, Shape } from "./tree.ts";
import { webAppAr } from "./web-app.ar.ts";
import { webAppEn } from "./web-app.en.ts";
import { webCircularityAr } from "./web-circularity.ar.ts";
import { webCircularityEn } from "./web-circularity.en.ts";
import { webFundingAr } from "./web-funding.ar.ts";
import { webFundingEn } from "./web-funding.en.ts";
import { webMoneyAr } from "./web-money.ar.ts";
import { webMoneyEn } from "./web-money.en.ts";
import { webOverviewAr } from "./web-overview.ar.ts";
import { webOverviewEn } from "./web-overview.en.ts";
import { webPowerAr } from "./web-power.ar.ts";
import { webPowerEn } from "./web-power.en.ts";
import { webStressAr } from "./web-stress.ar.ts";
import { webStressEn } from "./web-stress.en.ts";
import { webUploadAr } from "./web-upload.ar.ts";
import { webUploadEn } from "./web-upload.en.ts";

export const catalogueEn = {
  report: { sample: sampleEn },
  web: {
    ...webAppEn,
    ...webCircularityEn,
    ...webFundingEn,
    ...webMoneyEn,
    ...webOverviewEn,
    ...webPowerEn,
    ...webStressEn,
    ...webUploadEn,
  },
} as const satisfies MessageTree;

export type Catalogue = Shape<typeof catalogueEn>;

export const catalogueAr: Catalogue = {
  report: { sample: sampleAr },
  web: {
    ...webAppAr,
    ...webCircularityAr,
    ...webFundingAr,
    ...webMoneyAr,
    ...webOverviewAr,
    ...webPowerAr,
    ...webStressAr,
    ...webUploadAr,
  },
};

/** Every message's dotted key, e.g. "report.sample.deals". */
export type MessageKey = Leaves<typeof catalogueEn>;
