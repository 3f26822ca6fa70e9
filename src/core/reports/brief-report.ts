/**
 * The brief: a short document people can cite — the headline figures, the key charts, the checks
 * against the published record, and a numbered footnote for every source behind a row shown, with its
 * link and the quote the dataset holds from it. It composes the analyses' own reports and layouts
 * (nothing is computed twice); `briefSections` says which of their tables and charts a brief shows and
 * which sources each row cites, and the faces (`halqa brief`, `/api/brief`) print them.
 */
import type { Dataset } from "../model/dataset.ts";
import type { Scenario } from "../model/scenario.ts";
import type { CheckResult } from "../reconcile/check.ts";
import { CIRCULARITY_LAYOUT, circularityEstimateLine } from "./circularity-layout.ts";
import { type CircularityReport, circularityReport } from "./circularity-report.ts";
import { type CitedSource, SourceCollector } from "./cited-sources.ts";
import { type CompanyDeal, type CompanyReport, companyReport } from "./company-report.ts";
import type { ChartLayout, Headline, TableLayout } from "./layout.ts";
import { table } from "./layout.ts";
import { type LoopsReport, loopsReport, restsOnCell } from "./loops-report.ts";
import {
  RECONCILE_LAYOUT,
  type ReconcileReport,
  reconcileReport,
  reconcileSummary,
} from "./reconcile-report.ts";
import { STRESS_LAYOUT, type StressReport, stressReport } from "./stress-report.ts";
import { SUMMARY_LAYOUT, type SummaryReport, summaryReport } from "./summary-report.ts";

/** How many loops, deals and checks a brief lists: enough to cite, few enough for four pages. */
export const BRIEF_LOOPS = 5;
export const BRIEF_DEALS = 8;
/** The most quotes a footnote carries from one source, and the most characters of each. */
export const BRIEF_QUOTES = 1;
export const BRIEF_QUOTE_LENGTH = 200;

export type BriefSubject =
  | { kind: "overview" }
  | { kind: "company"; entity: string }
  | { kind: "scenario"; scenario: string; title: { en: string; ar: string } };

/** The analyses a brief draws on, each built by its own report builder on the same as-of date and basis. */
export type BriefInputs = {
  subject: BriefSubject;
  asOf: string;
  summary: SummaryReport;
  circularity: CircularityReport;
  loops: LoopsReport;
  reconcile: ReconcileReport;
  stress?: StressReport;
  /** The company sheet, for a brief on one company. */
  company?: CompanyReport;
};

export type Footnote = CitedSource & { quotes: string[] };

export type BriefReport = BriefInputs & { footnotes: Footnote[] };

// biome-ignore lint/suspicious/noExplicitAny: each table selects its own row type
export type BriefTable = { layout: TableLayout<BriefReport, any>; cite: (row: any) => readonly string[] };

export type BriefSection = {
  id: string;
  /** Message key of the section's heading. */
  title: string;
  headlines: Headline[];
  tables: BriefTable[];
  charts: ChartLayout<BriefReport>[];
};

/**
 * The brief on a subject: each analysis built by its own builder on one as-of date and the announced
 * basis (what the press reports), then the footnotes. `halqa brief` and `/api/brief` both call this.
 */
export function composeBrief(
  dataset: Dataset,
  options: {
    asOf: string;
    company?: string;
    /** A deterministic scenario, with the resolver of its `{from}` fractions (the schema's, bound to the data). */
    scenario?: { scenario: Scenario; fraction: (f: number | { from: string }) => number };
  },
): BriefReport {
  const { asOf, company: entity } = options;
  const scenario = options.scenario?.scenario;
  const basis = "announced" as const;
  const subject: BriefSubject = scenario
    ? { kind: "scenario", scenario: scenario.id, title: scenario.title }
    : entity !== undefined
      ? { kind: "company", entity }
      : { kind: "overview" };
  const company =
    entity === undefined
      ? undefined
      : companyReport(dataset, entity, { asOf, basis, loopLimit: BRIEF_LOOPS });
  return briefReport(dataset, {
    subject,
    asOf,
    summary: summaryReport(dataset, { asOf, top: 20 }),
    circularity: circularityReport(dataset, { basis, asOf }),
    loops: loopsReport(dataset, { basis, asOf, limit: BRIEF_LOOPS }),
    reconcile: reconcileReport(dataset, { asOf }),
    ...(options.scenario
      ? {
          stress: stressReport(dataset, options.scenario.scenario, {
            asOf,
            fraction: options.scenario.fraction,
          }),
        }
      : {}),
    ...(company ? { company } : {}),
  });
}

export function briefReport(dataset: Dataset, inputs: BriefInputs): BriefReport {
  const collector = new SourceCollector();
  const draft: BriefReport = { ...inputs, footnotes: [] };
  for (const section of briefSections(draft, dataset))
    for (const t of section.tables) for (const row of t.layout.rows(draft)) collector.cite(t.cite(row));
  const quotes = quotesBySource(dataset, inputs.reconcile.checks);
  return {
    ...draft,
    footnotes: collector.list(dataset).map((s) => ({ ...s, quotes: quotes.get(s.id) ?? [] })),
  };
}

/** What a brief shows, in order; a company's brief keeps the loops and deals it takes part in. */
export function briefSections(report: BriefInputs, dataset: Pick<Dataset, "deals">): BriefSection[] {
  const dealSources = new Map(dataset.deals.map((d) => [d.id, d.sources]));
  const dealCites = (ids: readonly string[]) => ids.flatMap((id) => dealSources.get(id) ?? []);
  const involves = (entities: readonly string[]) =>
    report.subject.kind !== "company" || entities.includes(report.subject.entity);
  const sections: BriefSection[] = [];
  sections.push(report.company ? companyHeadline(report.company) : overviewHeadline(report, dealCites));
  sections.push({
    id: "loops",
    title: "report.brief.loops",
    headlines: [],
    tables: [
      {
        layout: table<BriefReport, LoopsReport["loops"][number]>({
          id: "loops",
          title: "report.brief.largestLoops",
          empty: "report.brief.none",
          rows: (r) =>
            (r.company ? r.company.loops.shown : r.loops.loops.filter((l) => involves(l.entities))).slice(
              0,
              BRIEF_LOOPS,
            ),
          columns: [
            {
              id: "path",
              label: "report.brief.path",
              unit: "path",
              value: (l) => [...l.entities, l.entities[0]].join(" "),
            },
            { id: "bottleneck", label: "report.loops.bottleneck", unit: "usd", value: (l) => l.bottleneck },
            { id: "weakest", label: "report.loops.weakest", unit: "message", value: restsOnCell },
          ],
        }),
        cite: (l: LoopsReport["loops"][number]) =>
          dealCites(l.steps.flatMap((s) => s.deals.map((e) => e.deal))),
      },
    ],
    charts: [
      report.company ? ORIGINS_CHART : withData(CIRCULARITY_LAYOUT.charts?.[0], (r) => r.circularity),
    ].filter(isChart),
  });
  if (report.stress) {
    const [losses] = STRESS_LAYOUT.tables;
    sections.push({
      id: "stress",
      title: "report.brief.stress",
      headlines: [...(STRESS_LAYOUT.headlines?.(report.stress) ?? [])],
      tables: losses
        ? [
            {
              layout: {
                ...losses,
                rows: (r: BriefReport) => (r.stress ? losses.rows(r.stress).slice(0, BRIEF_DEALS) : []),
              },
              cite: () => [],
            },
          ]
        : [],
      charts: [withData(STRESS_LAYOUT.charts?.[0], (r) => r.stress)].filter(isChart),
    });
  }
  const [checks] = RECONCILE_LAYOUT.tables;
  sections.push({
    id: "reconcile",
    title: "report.brief.reconcile",
    headlines: [reconcileSummary(checkCounts(report.reconcile, checksAbout(report)))],
    tables: checks
      ? [{ layout: { ...checks, rows: (r: BriefReport) => checksAbout(r) }, cite: checkSources }]
      : [],
    charts: [],
  });
  return sections;
}

function overviewHeadline(
  report: BriefInputs,
  dealCites: (ids: readonly string[]) => string[],
): BriefSection {
  return {
    id: "headline",
    title: "report.brief.headline",
    headlines: [
      ...(SUMMARY_LAYOUT.headlines?.(report.summary) ?? []),
      ...(CIRCULARITY_LAYOUT.headlines?.(report.circularity) ?? []).slice(0, 1),
      ...[circularityEstimateLine(report.circularity)].filter((h) => h !== null),
    ],
    tables: [
      {
        layout: table<BriefReport, BriefDealRow>({
          id: "largestDeals",
          title: "report.brief.largestDeals",
          rows: (r) =>
            r.summary.largestDeals.slice(0, BRIEF_DEALS).map((d) => ({
              deal: d.id,
              status: d.standing === "replaced" ? "replaced" : d.status,
              ...amounts(d),
            })),
          empty: "report.brief.none",
          columns: [
            { id: "deal", label: "report.summary.deal", unit: "deal", value: (d) => d.deal },
            {
              id: "status",
              label: "report.summary.status",
              unit: "enum",
              enumGroup: "status",
              value: (d) => d.status,
            },
            {
              id: "announced",
              label: "report.summary.basis.announced",
              unit: "usd",
              value: (d) => d.announced,
            },
            {
              id: "committed",
              label: "report.summary.basis.committed",
              unit: "usd",
              value: (d) => d.committed,
            },
          ],
        }),
        cite: (d: BriefDealRow) => dealCites([d.deal]),
      },
    ],
    charts: [],
  };
}

type CompanyDealRow = CompanyDeal & { direction: "in" | "out" };

/** A company's headline: what passes through it and how much is its own money back; its largest deals. */
function companyHeadline(company: CompanyReport): BriefSection {
  const c = company.circularity;
  return {
    id: "headline",
    title: "report.brief.headline",
    headlines: [
      {
        key: "report.brief.companyTotals",
        values: {
          company: { value: company.entity.id, unit: "entity" },
          receives: { value: company.totals.receives.value, unit: "usd" },
          pays: { value: company.totals.pays.value, unit: "usd" },
        },
      },
      ...(c
        ? [
            {
              key: "report.brief.companyCircularity",
              values: {
                receipts: { value: c.receipts, unit: "usd" as const },
                self: { value: c.selfShare, unit: "share" as const },
                outside: { value: c.outsideShare, unit: "share" as const },
              },
            },
          ]
        : []),
    ],
    tables: [
      {
        layout: table<BriefReport, CompanyDealRow>({
          id: "companyDeals",
          title: "report.brief.largestDeals",
          empty: "report.brief.none",
          rows: (r) =>
            r.company
              ? [
                  ...r.company.deals.in.map((d) => ({ ...d, direction: "in" as const })),
                  ...r.company.deals.out.map((d) => ({ ...d, direction: "out" as const })),
                ]
                  .sort((a, b) => b.counted.value - a.counted.value)
                  .slice(0, BRIEF_DEALS)
              : [],
          columns: [
            { id: "deal", label: "report.summary.deal", unit: "deal", value: (d) => d.deal },
            {
              id: "direction",
              label: "report.brief.direction",
              unit: "message",
              value: (d) => `report.brief.${d.direction}`,
            },
            {
              id: "status",
              label: "report.summary.status",
              unit: "enum",
              enumGroup: "status",
              value: (d) => d.status,
            },
            {
              id: "counted",
              label: "report.brief.counted",
              unit: "usd",
              value: (d) => d.counted.value,
              mark: (d) => (d.estimate ? "≈" : undefined),
            },
          ],
        }),
        cite: (d: CompanyDealRow) => d.sources,
      },
    ],
    charts: [],
  };
}

/** Where a company's receipts come from, by origin: its own money back, others', outside money. */
const ORIGINS_CHART: ChartLayout<BriefReport> = {
  id: "origins",
  kind: "bar",
  title: "report.brief.originsChart",
  x: { label: "report.brief.origin", unit: "entity" },
  y: { label: "report.brief.share", unit: "share" },
  series: (r) => [
    {
      id: "origins",
      label: "report.brief.share",
      points: (r.company?.circularity?.origins ?? [])
        // Origins below a thousandth would print as "0%" bars: they are in the sheet, not the picture.
        .filter((o) => o.share >= 0.001)
        .slice(0, 12)
        .map((o) => ({ x: o.origin, y: o.share })),
    },
  ],
};

/** The checks about the brief's company (its id in the check's), else all of them. */
function checksAbout(r: BriefInputs): CheckResult[] {
  if (r.subject.kind !== "company") return r.reconcile.checks;
  const entity = r.subject.entity;
  const about = r.reconcile.checks.filter(
    (c) => c.id.split("-").includes(entity) || c.id.startsWith(`${entity}-`),
  );
  return about.length > 0 ? about : r.reconcile.checks;
}

/** The reconciliation narrowed to the checks shown, so the count line speaks of the table below it. */
function checkCounts(report: ReconcileReport, checks: readonly CheckResult[]): ReconcileReport {
  const counts = { agrees: 0, differs: 0, unexplained: 0, missing: 0, pending: 0 };
  for (const c of checks) counts[c.status] += 1;
  return { ...report, checks: [...checks], counts };
}

type BriefDealRow = { deal: string; status: string; announced: number; committed: number };

function amounts(d: SummaryReport["largestDeals"][number]) {
  return { announced: d.amounts.announced.value, committed: d.amounts.committed.value };
}

/**
 * A check cites the published figure's sources: the derived side is the deals, which the brief's
 * other tables and `halqa reconcile` trace record by record (citing them all here ran to six pages).
 */
function checkSources(c: CheckResult): string[] {
  return [...(c.published?.sources ?? [])];
}

/** An analysis's chart, reading its data out of the brief. */
function withData<Data>(
  chart: ChartLayout<Data> | undefined,
  pick: (r: BriefReport) => Data | undefined,
): ChartLayout<BriefReport> | undefined {
  if (!chart) return undefined;
  return {
    ...chart,
    series: (r) => {
      const data = pick(r);
      return data === undefined ? [] : chart.series(data);
    },
  };
}

function isChart(c: ChartLayout<BriefReport> | undefined): c is ChartLayout<BriefReport> {
  return c !== undefined;
}

/**
 * The quotes a source gives for the figures the dataset takes from it: the deals' figures and the
 * published figures the checks compare with, each cut to a readable length, the first few per source.
 */
function quotesBySource(
  dataset: Pick<Dataset, "deals">,
  checks: readonly CheckResult[],
): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  const add = (sources: readonly string[], quote: string | undefined) => {
    if (!quote) return;
    const text =
      quote.length > BRIEF_QUOTE_LENGTH ? `${quote.slice(0, BRIEF_QUOTE_LENGTH - 1).trimEnd()}…` : quote;
    for (const id of sources) {
      const list = quotes.get(id) ?? [];
      if (list.length < BRIEF_QUOTES && !list.includes(text)) list.push(text);
      quotes.set(id, list);
    }
  };
  for (const c of checks) add(c.published?.sources ?? [], c.published?.quote);
  for (const deal of dataset.deals)
    for (const flow of deal.flows)
      for (const figure of [flow.announced, flow.committed, flow.paid])
        if (figure) {
          add(figure.sources, figure.quote);
          for (const alt of figure.alternatives ?? []) add(alt.sources, alt.quote);
        }
  return quotes;
}
