/**
 * The one message catalogue: every sentence the command line, the API and the pages show, in ICU
 * MessageFormat syntax (plural and select with CLDR rules: Arabic has six plural forms), one tree per
 * language. Namespaces: `problem.*` (error codes), `report.*` (analysis titles, columns, findings; the
 * company and deal sheets; `report.common.*`, the vocabulary every face uses), `cli.*` (terminal-only
 * words, one part per command or concern), `web.*` (page-only words), `enum.*` (labels of the data's
 * enumerations).
 *
 * Each namespace part lives in its own pair of files, `<part>.en.ts` and `<part>.ar.ts`, exporting a
 * tree of strings; register the pair below. The English tree is the reference: the Arabic tree is typed
 * against it (`Shape`), and a parity test (parity.test.ts) checks every key and every placeholder.
 *
 * Conventions: an optional part is a `select` on its value with a `none` branch (message.ts passes an
 * absent, empty or false value as "none"); select keys are identifiers, so a value such as
 * "not-finite" is matched as `not_finite`; a count is a `plural` (Arabic: zero, one, two, few, many,
 * other).
 */

import { cliDurationAr } from "./cli-duration.ar.ts";
import { cliDurationEn } from "./cli-duration.en.ts";
import { cliExposureAr } from "./cli-exposure.ar.ts";
import { cliExposureEn } from "./cli-exposure.en.ts";
import { cliFundingAr } from "./cli-funding.ar.ts";
import { cliFundingEn } from "./cli-funding.en.ts";
import { cliHelpAr } from "./cli-help.ar.ts";
import { cliHelpEn } from "./cli-help.en.ts";
import { cliLedgerAr } from "./cli-ledger.ar.ts";
import { cliLedgerEn } from "./cli-ledger.en.ts";
import { cliLoopsAr } from "./cli-loops.ar.ts";
import { cliLoopsEn } from "./cli-loops.en.ts";
import { cliMoneyCommandsAr } from "./cli-money-commands.ar.ts";
import { cliMoneyCommandsEn } from "./cli-money-commands.en.ts";
import { cliMonteCarloAr } from "./cli-monte-carlo.ar.ts";
import { cliMonteCarloEn } from "./cli-monte-carlo.en.ts";
import { cliNetworkAr } from "./cli-network.ar.ts";
import { cliNetworkEn } from "./cli-network.en.ts";
import { cliPowerAr } from "./cli-power.ar.ts";
import { cliPowerEn } from "./cli-power.en.ts";
import { cliStressAr } from "./cli-stress.ar.ts";
import { cliStressEn } from "./cli-stress.en.ts";
import { cliSummaryAr } from "./cli-summary.ar.ts";
import { cliSummaryEn } from "./cli-summary.en.ts";
import { cliUsageAr } from "./cli-usage.ar.ts";
import { cliUsageEn } from "./cli-usage.en.ts";
import { commonAr } from "./common.ar.ts";
import { commonEn } from "./common.en.ts";
import { enumAr } from "./enum.ar.ts";
import { enumEn } from "./enum.en.ts";
import { problemDataAr } from "./problem-data.ar.ts";
import { problemDataEn } from "./problem-data.en.ts";
import { problemModelAr } from "./problem-model.ar.ts";
import { problemModelEn } from "./problem-model.en.ts";
import { problemOptionsAr } from "./problem-options.ar.ts";
import { problemOptionsEn } from "./problem-options.en.ts";
import { problemRunAr } from "./problem-run.ar.ts";
import { problemRunEn } from "./problem-run.en.ts";
import { reportBriefAr } from "./report-brief.ar.ts";
import { reportBriefEn } from "./report-brief.en.ts";
import { reportCircularityAr } from "./report-circularity.ar.ts";
import { reportCircularityEn } from "./report-circularity.en.ts";
import { reportEconomicsAr } from "./report-economics.ar.ts";
import { reportEconomicsEn } from "./report-economics.en.ts";
import { reportExposureAr } from "./report-exposure.ar.ts";
import { reportExposureEn } from "./report-exposure.en.ts";
import { reportFlowsAr } from "./report-flows.ar.ts";
import { reportFlowsEn } from "./report-flows.en.ts";
import { reportLedgerSummaryAr } from "./report-ledger-summary.ar.ts";
import { reportLedgerSummaryEn } from "./report-ledger-summary.en.ts";
import { reportLoopsAr } from "./report-loops.ar.ts";
import { reportLoopsEn } from "./report-loops.en.ts";
import { reportMarketAr } from "./report-market.ar.ts";
import { reportMarketEn } from "./report-market.en.ts";
import { reportPowerAr } from "./report-power.ar.ts";
import { reportPowerEn } from "./report-power.en.ts";
import { reportRatiosAr } from "./report-ratios.ar.ts";
import { reportRatiosEn } from "./report-ratios.en.ts";
import { reportReconcileAr } from "./report-reconcile.ar.ts";
import { reportReconcileEn } from "./report-reconcile.en.ts";
import { reportStressAr } from "./report-stress.ar.ts";
import { reportStressEn } from "./report-stress.en.ts";
import { reportSummaryAr } from "./report-summary.ar.ts";
import { reportSummaryEn } from "./report-summary.en.ts";
import { reportTrackerAr } from "./report-tracker.ar.ts";
import { reportTrackerEn } from "./report-tracker.en.ts";
import { sheetCompanyAr } from "./sheet-company.ar.ts";
import { sheetCompanyEn } from "./sheet-company.en.ts";
import { sheetDealAr } from "./sheet-deal.ar.ts";
import { sheetDealEn } from "./sheet-deal.en.ts";
import type { Leaves, MessageTree, Shape } from "./tree.ts";
import { webAppAr } from "./web-app.ar.ts";
import { webAppEn } from "./web-app.en.ts";
import { webChromeAr } from "./web-chrome.ar.ts";
import { webChromeEn } from "./web-chrome.en.ts";
import { webCircularityAr } from "./web-circularity.ar.ts";
import { webCircularityEn } from "./web-circularity.en.ts";
import { webFindingsAr } from "./web-findings.ar.ts";
import { webFindingsEn } from "./web-findings.en.ts";
import { webFundingAr } from "./web-funding.ar.ts";
import { webFundingEn } from "./web-funding.en.ts";
import { webLoopsAr } from "./web-loops.ar.ts";
import { webLoopsEn } from "./web-loops.en.ts";
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
import { webXlsxAr } from "./web-xlsx.ar.ts";
import { webXlsxEn } from "./web-xlsx.en.ts";

export const catalogueEn = {
  problem: { ...problemDataEn, ...problemRunEn, ...problemOptionsEn, model: problemModelEn },
  enum: enumEn,
  cli: {
    ...cliSummaryEn,
    ...cliLoopsEn,
    ...cliExposureEn,
    ...cliNetworkEn,
    stress: cliStressEn,
    monteCarlo: cliMonteCarloEn,
    power: cliPowerEn,
    funding: cliFundingEn,
    moneyCommands: cliMoneyCommandsEn,
    ledger: cliLedgerEn,
    duration: cliDurationEn,
    help: cliHelpEn,
    usage: cliUsageEn,
  },
  report: {
    common: commonEn,
    sheet: { company: sheetCompanyEn, ...sheetDealEn },
    summary: reportSummaryEn,
    flows: reportFlowsEn,
    loops: reportLoopsEn,
    circularity: reportCircularityEn,
    exposure: reportExposureEn,
    ratios: reportRatiosEn,
    stress: reportStressEn,
    reconcile: reportReconcileEn,
    brief: reportBriefEn,
    economics: reportEconomicsEn,
    market: reportMarketEn,
    tracker: reportTrackerEn,
    ledgerSummary: reportLedgerSummaryEn,
    power: reportPowerEn,
  },
  web: {
    ...webAppEn,
    ...webCircularityEn,
    ...webLoopsEn,
    ...webFundingEn,
    ...webMoneyEn,
    ...webOverviewEn,
    ...webPowerEn,
    ...webStressEn,
    ...webUploadEn,
    ...webChromeEn,
    ...webXlsxEn,
    ...webFindingsEn,
  },
} as const satisfies MessageTree;

export type Catalogue = Shape<typeof catalogueEn>;

export const catalogueAr: Catalogue = {
  problem: { ...problemDataAr, ...problemRunAr, ...problemOptionsAr, model: problemModelAr },
  enum: enumAr,
  cli: {
    ...cliSummaryAr,
    ...cliLoopsAr,
    ...cliExposureAr,
    ...cliNetworkAr,
    stress: cliStressAr,
    monteCarlo: cliMonteCarloAr,
    power: cliPowerAr,
    funding: cliFundingAr,
    moneyCommands: cliMoneyCommandsAr,
    ledger: cliLedgerAr,
    duration: cliDurationAr,
    help: cliHelpAr,
    usage: cliUsageAr,
  },
  report: {
    common: commonAr,
    sheet: { company: sheetCompanyAr, ...sheetDealAr },
    summary: reportSummaryAr,
    flows: reportFlowsAr,
    loops: reportLoopsAr,
    circularity: reportCircularityAr,
    exposure: reportExposureAr,
    ratios: reportRatiosAr,
    stress: reportStressAr,
    reconcile: reportReconcileAr,
    brief: reportBriefAr,
    economics: reportEconomicsAr,
    market: reportMarketAr,
    tracker: reportTrackerAr,
    ledgerSummary: reportLedgerSummaryAr,
    power: reportPowerAr,
  },
  web: {
    ...webAppAr,
    ...webCircularityAr,
    ...webLoopsAr,
    ...webFundingAr,
    ...webMoneyAr,
    ...webOverviewAr,
    ...webPowerAr,
    ...webStressAr,
    ...webUploadAr,
    ...webChromeAr,
    ...webXlsxAr,
    ...webFindingsAr,
  },
};

/** Every message's dotted key, e.g. "report.common.count.deal". */
export type MessageKey = Leaves<typeof catalogueEn>;
