/**
 * Compile-time half of the schema test: each report type the code builds must be accepted by its
 * documented schema (the zod schema's input type), so a field that can be null, a string or absent in
 * the code cannot be documented as always a number. `tsc` checks this file; it has no runtime part.
 * The runtime half (src/cli/json-schemas.test.ts) catches the keys the types allow but the schema
 * does not (a spread options object).
 */
import type { z } from "zod";
import type { economicsReport } from "../core/economics/economics-report.ts";
import type { entityExposure, rankEntities } from "../core/exposure/entity-exposure.ts";
import type { FlowResult } from "../core/flows/expand.ts";
import type { FundingReport } from "../core/funding/funding-report.ts";
import type { marketReport } from "../core/market/market-report.ts";
import type { PowerResult } from "../core/power/balance.ts";
import type { publishedRatios } from "../core/ratios/published-ratios.ts";
import type { ChangesReport } from "../core/reports/changes-report.ts";
import type { CircularityReport } from "../core/reports/circularity-report.ts";
import type { CompanyReport } from "../core/reports/company-report.ts";
import type { DealTimelineReport } from "../core/reports/deal-timeline.ts";
import type { loopsReport } from "../core/reports/loops-report.ts";
import type { MonteCarloReport } from "../core/reports/monte-carlo-report.ts";
import type { ReconcileReport } from "../core/reports/reconcile-report.ts";
import type { DatasetStats } from "../core/stats/summary.ts";
import type { StressResult } from "../core/stress/run-scenario.ts";
import type { trackerReport } from "../core/tracker/tracker-report.ts";
import type { REPORT_SCHEMAS } from "../schema/reports/index.ts";
import type { reportJson } from "./commands/ledger-report.ts";

type Accepts<Name extends keyof typeof REPORT_SCHEMAS, T extends z.input<(typeof REPORT_SCHEMAS)[Name]>> = T;

export type Checked = [
  Accepts<"StatsReport", DatasetStats>,
  Accepts<"FlowsReport", FlowResult>,
  Accepts<"LoopsReport", ReturnType<typeof loopsReport>>,
  Accepts<"CircularityReport", CircularityReport>,
  Accepts<"ExposureReport", ReturnType<typeof entityExposure>>,
  Accepts<"RankingsReport", { basis: "announced"; asOf: string; entities: ReturnType<typeof rankEntities> }>,
  Accepts<"RatiosReport", { asOf: string; ratios: ReturnType<typeof publishedRatios> }>,
  Accepts<"ReconcileReport", ReconcileReport>,
  // The core types say `model: string`; the schemas list the models, and the runtime test checks them.
  Accepts<
    "StressReport",
    Omit<StressResult, "model" | "basis" | "result"> & {
      model: "furfine";
      basis: "committed";
      result: z.input<(typeof REPORT_SCHEMAS)["ModelResult"]>;
    }
  >,
  Accepts<"MonteCarloReport", Omit<MonteCarloReport, "model"> & { model: "furfine" }>,
  Accepts<"PowerReport", PowerResult>,
  Accepts<"FundingReport", FundingReport>,
  Accepts<"EconomicsReport", { overrides: Record<string, number> } & ReturnType<typeof economicsReport>>,
  Accepts<
    "TrackerReport",
    { asOf: string } & Pick<ReturnType<typeof trackerReport>, "thresholds" | "window" | "operators">
  >,
  Accepts<"MarketReport", ReturnType<typeof marketReport>>,
  Accepts<"CompanyReport", CompanyReport>,
  Accepts<"DealReport", DealTimelineReport>,
  Accepts<"ChangesReport", ChangesReport>,
  // `ok` is typed boolean but always true here (a failed read prints ok: false and exits 1).
  Accepts<"LedgerScanSummary", Omit<ReturnType<typeof reportJson>, "ok"> & { ok: true }>,
];
