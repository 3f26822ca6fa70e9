/**
 * Compile-time half of the schema test: each report type the code builds must be accepted by its
 * documented schema (the zod schema's input type), so a field that can be null, a string or absent in
 * the code cannot be documented as always a number. `tsc` checks this file; it has no runtime part.
 * The runtime half (src/cli/json-schemas.test.ts) catches the keys the types allow but the schema
 * does not (a spread options object).
 */
import type { z } from "zod";
import type { entityExposure, rankEntities } from "../core/exposure/entity-exposure.ts";
import type { publishedRatios } from "../core/ratios/published-ratios.ts";
import type { ChangesReport } from "../core/reports/changes-report.ts";
import type { CircularityReport } from "../core/reports/circularity-report.ts";
import type { CompanyReport } from "../core/reports/company-report.ts";
import type { DealTimelineReport } from "../core/reports/deal-timeline.ts";
import type { economicsReport } from "../core/reports/economics-report.ts";
import type { FlowsReport } from "../core/reports/flows-report.ts";
import type { FundingReport } from "../core/reports/funding-report.ts";
import type { LedgerSummaryReport } from "../core/reports/ledger-summary-report.ts";
import type { loopsReport } from "../core/reports/loops-report.ts";
import type { marketReport } from "../core/reports/market-report.ts";
import type { MonteCarloReport } from "../core/reports/monte-carlo-report.ts";
import type { PowerReport } from "../core/reports/power-report.ts";
import type { ReconcileReport } from "../core/reports/reconcile-report.ts";
import type { StressReport } from "../core/reports/stress-report.ts";
import type { trackerReport } from "../core/reports/tracker-report.ts";
import type { DatasetStats } from "../core/stats/summary.ts";
import type { REPORT_SCHEMAS } from "../schema/reports/index.ts";

type Schemas = typeof REPORT_SCHEMAS;

/**
 * The paths of the keys `T` has and the schema `S` lacks ("" when none). Assignability alone lets a
 * type carry a key its schema does not list (an optional one the bundled data never shows), which the
 * strict schema would then reject at run time.
 */
type Missing<T, S, P extends string = ""> =
  NonNullable<T> extends readonly (infer E)[]
    ? NonNullable<S> extends readonly (infer F)[]
      ? Missing<E, F, `${P}[]`>
      : never
    : NonNullable<T> extends Record<string, unknown>
      ? {
          [K in keyof NonNullable<T> & string]-?: K extends keyof NonNullable<S>
            ? Missing<NonNullable<T>[K], NonNullable<S>[K], `${P}.${K}`>
            : `${P}.${K}`;
        }[keyof NonNullable<T> & string]
      : never;

/** T is accepted by the schema called Name, and has no key the schema leaves out. */
type Accepts<
  Name extends keyof Schemas,
  T extends z.input<Schemas[Name]>,
  _None extends Missing<T, z.input<Schemas[Name]>> = Missing<T, z.input<Schemas[Name]>>,
> = [_None] extends [never] ? T : { missing: _None };
type Exactly<Name extends keyof Schemas, T extends z.input<Schemas[Name]>> =
  Accepts<Name, T> extends {
    missing: infer M;
  }
    ? { error: "the schema lacks"; keys: M }
    : true;

export type Checked = [
  Exactly<"StatsReport", DatasetStats>,
  Exactly<"FlowsReport", FlowsReport>,
  Exactly<"LoopsReport", ReturnType<typeof loopsReport>>,
  Exactly<"CircularityReport", CircularityReport>,
  Exactly<"ExposureReport", ReturnType<typeof entityExposure>>,
  Exactly<"RankingsReport", { basis: "announced"; asOf: string; entities: ReturnType<typeof rankEntities> }>,
  Exactly<"RatiosReport", { asOf: string; ratios: ReturnType<typeof publishedRatios> }>,
  Exactly<"ReconcileReport", ReconcileReport>,
  // The core types say `model: string`; the schemas list the models, and the runtime test checks them.
  Exactly<
    "StressReport",
    Omit<StressReport, "model" | "basis" | "result"> & {
      model: "furfine";
      basis: "committed";
      result: z.input<(typeof REPORT_SCHEMAS)["ModelResult"]>;
    }
  >,
  Exactly<"MonteCarloReport", Omit<MonteCarloReport, "model"> & { model: "furfine" }>,
  Exactly<"PowerReport", PowerReport>,
  Exactly<"FundingReport", FundingReport>,
  Exactly<"EconomicsReport", ReturnType<typeof economicsReport>>,
  Exactly<
    "TrackerReport",
    { asOf: string } & Pick<ReturnType<typeof trackerReport>, "thresholds" | "window" | "operators">
  >,
  Exactly<"MarketReport", ReturnType<typeof marketReport>>,
  Exactly<"CompanyReport", CompanyReport>,
  Exactly<"DealReport", DealTimelineReport>,
  Exactly<"ChangesReport", ChangesReport>,
  // `ok` is typed boolean but always true here (a failed read prints ok: false and exits 1).
  Exactly<"LedgerScanSummary", LedgerSummaryReport>,
];

/** Every entry is `true`; an entry that names the keys a schema lacks fails to compile here. */
export const checked: true[] = [] as unknown as Checked;
