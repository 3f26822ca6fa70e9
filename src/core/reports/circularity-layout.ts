/**
 * The circularity report's tables and chart (`halqa circularity`, the Circularity page): every table the
 * terminal prints, as layouts. Chains and loops are unit "path" (entity ids in payment order), so each
 * face names their steps; every row names its entity and origin, so a row read alone (a CSV line)
 * still says whose money it is.
 */
import type { AttributedNode } from "../circularity/index.ts";
import type { LoopContribution } from "../circularity/loop-attribution.ts";
import type { NodeNull } from "../circularity/null-model.ts";
import type { CircularityReport, LoopStep } from "./circularity-report.ts";
import {
  type ChartLayout,
  type Headline,
  type MessageCell,
  type ReportLayout,
  type TableLayout,
  table,
} from "./layout.ts";

/** An entity's row of the overview, with its null-model p-values when the null model ran. */
export type CircularityNodeRow = { node: AttributedNode; nulls: NodeNull | undefined };

/** One row of an origins table: an origin of an entity's money, or one more chain of it. */
export type OriginRow = {
  entity: string;
  origin: string;
  share: number;
  traced: number | null;
  /** The chain's entity ids separated by spaces (unit "path"), "" when no chain was found. */
  chain: string;
  chainShare: number | null;
};

const path = (ids: readonly string[]) => ids.join(" ");

/** A loop or chain with its share after it, as one cell: "A → B → A (6.9%)". */
const withShare = (steps: string, share: number): MessageCell => ({
  key: "report.circularity.pathShare",
  values: { path: { value: steps, unit: "path" }, share: { value: share, unit: "share" } },
});

/** A loop read from its entity round and back to it. */
const loopPath = (entity: string, loop: LoopContribution) => path([...loop.path, entity]);

function nodeRows(r: CircularityReport): CircularityNodeRow[] {
  const nulls = new Map(r.nullModel?.nodes.map((n) => [n.id, n]) ?? []);
  return r.nodes.map((node) => ({ node, nulls: nulls.get(node.id) }));
}

/** The overview of every entity with receipts; `withNull` adds the null model's p-values. */
export function circularityNodesTable(withNull: boolean): TableLayout<CircularityReport, CircularityNodeRow> {
  const p = (id: string, value: (n: NodeNull) => number | null) => ({
    id,
    label: `report.circularity.${id}`,
    unit: "number" as const,
    digits: 3,
    value: (row: CircularityNodeRow) => (row.nulls ? value(row.nulls) : null),
  });
  return table<CircularityReport, CircularityNodeRow>({
    id: withNull ? "nodesNull" : "nodes",
    title: "report.circularity.nodesTitle",
    empty: "report.circularity.none",
    rows: nodeRows,
    columns: [
      { id: "entity", label: "report.circularity.entity", unit: "entity", value: (r) => r.node.id },
      {
        id: "throughput",
        label: "report.circularity.throughput",
        unit: "usd",
        value: (r) => r.node.throughput,
      },
      {
        id: "loopShare",
        label: "report.circularity.loopBack",
        unit: "share",
        value: (r) => r.node.loops.share,
      },
      ...(withNull ? [{ ...p("pValueLoops", (n) => n.loops.pValue), optional: true }] : []),
      {
        id: "loopCount",
        label: "report.circularity.loopCount",
        unit: "count",
        value: (r) => r.node.loops.count,
      },
      {
        id: "largestLoop",
        label: "report.circularity.largestLoop",
        unit: "message",
        value: (r) => {
          const loop = r.node.loops.top[0];
          return loop ? withShare(loopPath(r.node.id, loop), loop.share) : null;
        },
      },
      {
        id: "selfShare",
        label: "report.circularity.mixingShort",
        unit: "share",
        value: (r) => r.node.selfShare,
        optional: true,
      },
      {
        id: "outsideShare",
        label: "report.circularity.fromOutside",
        unit: "share",
        value: (r) => r.node.outsideShare,
        optional: true,
      },
      ...(withNull ? [{ ...p("pValueMixing", (n) => n.pValue), optional: true }] : []),
    ],
  });
}

/** The three largest origins of each entity's money, each with its largest chain. */
export const CIRCULARITY_ORIGINS_TABLE = table<CircularityReport, OriginRow>({
  id: "origins",
  title: "report.circularity.originsTitle",
  rows: (r) =>
    r.nodes.flatMap((n) =>
      n.origins.slice(0, 3).map((o) => ({
        entity: n.id,
        origin: o.origin,
        share: o.share,
        traced: o.traced,
        chain: o.paths[0] ? path(o.paths[0].path) : "",
        chainShare: o.paths[0]?.share ?? null,
      })),
    ),
  columns: [
    { id: "entity", label: "report.circularity.entity", unit: "entity", value: (r) => r.entity },
    ...originColumns("report.circularity.largestChain"),
  ],
});

/** `chain`: the heading of the chain column (the largest chain, or each chain of one entity). */
function originColumns(chain: string) {
  return [
    { id: "origin", label: "report.circularity.origin", unit: "entity", value: (r: OriginRow) => r.origin },
    { id: "share", label: "report.circularity.mixingShort", unit: "share", value: (r: OriginRow) => r.share },
    {
      id: "traced",
      label: "report.circularity.tracedShare",
      unit: "share",
      value: (r: OriginRow) => r.traced,
      optional: true,
    },
    {
      id: "chain",
      label: chain,
      unit: "message",
      value: (r: OriginRow) => (r.chain && r.chainShare !== null ? withShare(r.chain, r.chainShare) : null),
    },
  ] as const;
}

/** One entity (`--entity`): every loop through it that carries money back. */
export const CIRCULARITY_ENTITY_LOOPS_TABLE = table<
  CircularityReport,
  { entity: string; loop: LoopContribution }
>({
  id: "entityLoops",
  title: "report.circularity.entityLoopsTitle",
  empty: "report.circularity.onNoLoop",
  rows: (r) => r.nodes.flatMap((n) => n.loops.top.map((loop) => ({ entity: n.id, loop }))),
  columns: [
    { id: "loop", label: "report.circularity.loop", unit: "path", value: (r) => loopPath(r.entity, r.loop) },
    { id: "amount", label: "report.circularity.comesBack", unit: "usd", value: (r) => r.loop.amount },
    { id: "share", label: "report.circularity.share", unit: "share", value: (r) => r.loop.share },
    {
      id: "bottleneck",
      label: "report.circularity.bottleneck",
      unit: "usd",
      value: (r) => r.loop.bottleneck,
    },
  ],
});

/**
 * One entity (`--entity`): every origin of its money with the chains that carry it (chains below a
 * tenth of a percent of its receipts add rows, not understanding; the first stays).
 */
export const CIRCULARITY_ENTITY_ORIGINS_TABLE = table<CircularityReport, OriginRow>({
  id: "entityOrigins",
  title: "report.circularity.originsTitle",
  rows: (r) =>
    r.nodes.flatMap((n) =>
      n.origins.flatMap((o): OriginRow[] => {
        const shown = o.paths.filter((p, k) => k === 0 || p.share >= 0.001);
        const head = { entity: n.id, origin: o.origin, share: o.share, traced: o.traced };
        if (shown.length === 0) return [{ ...head, chain: "", chainShare: null }];
        return shown.map((p) => ({
          ...head,
          chain: path(p.path),
          chainShare: p.share,
        }));
      }),
    ),
  columns: originColumns("report.circularity.chain"),
});

/** Each payment step of the listed loops, once, with how many deals it sums. */
const stepsTable = table<CircularityReport, LoopStep>({
  id: "loopSteps",
  title: "report.circularity.loopDeals",
  rows: (r) => r.loopSteps,
  columns: [
    { id: "from", label: "report.circularity.from", unit: "entity", value: (s) => s.from },
    { id: "to", label: "report.circularity.to", unit: "entity", value: (s) => s.to },
    { id: "amount", label: "report.circularity.amount", unit: "usd", value: (s) => s.amount },
    { id: "deals", label: "report.circularity.deals", unit: "count", value: (s) => s.deals.length },
  ],
});

/** Entities in the bar chart of own money back along loops: the largest shares, none at zero. */
export const CIRCULARITY_CHART_TOP = 25;

export const CIRCULARITY_LOOP_SHARES_CHART: ChartLayout<CircularityReport> = {
  id: "loopShares",
  kind: "bar",
  title: "report.circularity.loopSharesChart",
  x: { label: "report.circularity.entity", unit: "entity" },
  y: { label: "report.circularity.loopShare", unit: "share" },
  series: (r) => [
    {
      id: "loopShare",
      label: "report.circularity.loopShare",
      // Nodes come most own money back first, so the first ones are the largest shares.
      points: r.nodes
        .filter((n) => n.loops.share > 0)
        .slice(0, CIRCULARITY_CHART_TOP)
        .map((n) => ({ x: n.id, y: n.loops.share })),
    },
  ],
};

export const CIRCULARITY_NODES_TABLE = circularityNodesTable(false);
export const CIRCULARITY_NODES_NULL_TABLE = circularityNodesTable(true);

/**
 * The line under the multiplier when part of the payments rests on estimates: how much, and the
 * largest such deal, so no headline sums an analyst's value with stated amounts silently. Null when none.
 */
export function circularityEstimateLine(r: CircularityReport): Headline | null {
  const [largest] = r.estimated.deals;
  if (r.estimated.amount <= 0 || largest === undefined) return null;
  return {
    key: "report.circularity.estimateLine",
    values: {
      estimated: { value: r.estimated.amount, unit: "usd" },
      flow: { value: r.totalFlow, unit: "usd" },
      count: { value: r.estimated.deals.length, unit: "count" },
      parties: { value: r.estimated.parties, unit: "count" },
      largest: { value: largest, unit: "deal" },
    },
  };
}

export const CIRCULARITY_LAYOUT: ReportLayout<CircularityReport> = {
  id: "circularity",
  title: "report.circularity.title",
  headlines: (r): Headline[] => [
    {
      key: "report.circularity.multiplierLine",
      values: {
        multiplier: { value: r.multiplier, unit: "ratio" },
        flow: { value: r.totalFlow, unit: "usd" },
        outside: { value: r.outsideTotal, unit: "usd" },
      },
    },
    {
      key: "report.circularity.loopSearchLine",
      values: {
        maxLength: { value: r.loopSearch.maxLength, unit: "count" },
        cycles: { value: r.loopSearch.cycles, unit: "count" },
      },
    },
    {
      key: "report.circularity.cashOnlyLine",
      values: {
        allKinds: { value: r.allKindsLoops.found, unit: "count" },
        maxLength: { value: r.loopSearch.maxLength, unit: "count" },
      },
    },
    ...(r.nullModel
      ? [
          {
            key: "report.circularity.nullLine",
            values: {
              samples: { value: r.nullModel.samples, unit: "count" as const },
              mean: { value: r.nullModel.multiplier.nullMean, unit: "ratio" as const },
              p: { value: r.nullModel.multiplier.pValue, unit: "number" as const },
            },
          },
        ]
      : []),
  ],
  tables: [
    CIRCULARITY_NODES_TABLE,
    CIRCULARITY_NODES_NULL_TABLE,
    CIRCULARITY_ORIGINS_TABLE,
    CIRCULARITY_ENTITY_LOOPS_TABLE,
    CIRCULARITY_ENTITY_ORIGINS_TABLE,
    stepsTable,
  ],
  charts: [CIRCULARITY_LOOP_SHARES_CHART],
};
