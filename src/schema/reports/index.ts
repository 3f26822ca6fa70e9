/**
 * The response schema of every analysis command's `--json` and of the matching API route, by the name
 * it has in the OpenAPI document's components/schemas (docs/api.md, "Response schemas"). One zod
 * schema per report: the OpenAPI document is generated from it (src/server/openapi-schemas.ts) and
 * src/cli/json-schemas.test.ts validates each command's output against it.
 */
import { CircularityReport } from "./circularity.ts";
import { CompanyReport } from "./company.ts";
import { StatsReport } from "./data.ts";
import { ExposureReport, RankingsReport } from "./exposure.ts";
import { FlowsReport } from "./flows.ts";
import { FundingReport } from "./funding.ts";
import { LedgerScanSummary } from "./ledger.ts";
import { GraphLoopsReport, LoopsReport } from "./loops.ts";
import { EconomicsReport, MarketReport, TrackerReport } from "./market-analyses.ts";
import { ModelResult } from "./model-result.ts";
import { PowerReport } from "./power.ts";
import { RatiosReport } from "./ratios.ts";
import { ReconcileReport } from "./reconcile.ts";
import { ChangesReport, DealReport } from "./sheets.ts";
import { MonteCarloReport, StressAnswer, StressReport } from "./stress.ts";

export const REPORT_SCHEMAS = {
  StatsReport,
  FlowsReport,
  LoopsReport,
  GraphLoopsReport,
  CircularityReport,
  ExposureReport,
  RankingsReport,
  RatiosReport,
  ReconcileReport,
  StressReport,
  StressAnswer,
  MonteCarloReport,
  ModelResult,
  PowerReport,
  FundingReport,
  EconomicsReport,
  TrackerReport,
  MarketReport,
  CompanyReport,
  DealReport,
  ChangesReport,
  LedgerScanSummary,
} as const;

export type ReportName = keyof typeof REPORT_SCHEMAS;
