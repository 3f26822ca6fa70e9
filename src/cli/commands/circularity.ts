/** `halqa circularity`: how much of each entity's money is its own coming back (proportional flow tracing). */
import {
  type NullModelResult,
  nullModel,
  type TracingResult,
  traceFlows,
} from "../../core/circularity/index.ts";
import { type MoneyGraphOptions, moneyGraph } from "../../core/network/money-graph.ts";
import { type Language, messages } from "../../i18n/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, formatNumber, heading, table } from "../format.ts";
import { entityNamer } from "../names.ts";
import { progressLine } from "../progress.ts";

export type CircularityOptions = MoneyGraphOptions & {
  lang: Language;
  json: boolean;
  entity?: string;
  nullModel?: { samples: number; seed: number };
};

export function circularityCommand(dataset: Dataset, options: CircularityOptions, io: Io): number {
  const { list } = moneyGraph(dataset, { ...options, kinds: ["cash"] });
  const tracing = traceFlows(list);
  let nullResult: NullModelResult | undefined;
  if (options.nullModel) {
    const progress = progressLine(!options.json);
    const { samples, seed } = options.nullModel;
    nullResult = nullModel(list, {
      samples,
      seed,
      onProgress: (done) => progress.update(done, samples, `${done}/${samples}`),
    });
    progress.finish();
  }
  const nodes = tracing.nodes
    .filter((n) => n.throughput > 0 && (options.entity === undefined || n.id === options.entity))
    .sort((a, b) => b.selfShare - a.selfShare || b.throughput - a.throughput);
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          basis: options.basis,
          asOf: options.asOf,
          fromYear: options.fromYear ?? null,
          toYear: options.toYear ?? null,
          unit: "USD",
          multiplier: tracing.multiplier,
          totalFlow: tracing.totalFlow,
          outsideTotal: tracing.outsideTotal,
          closed: tracing.closed,
          nodes,
          nullModel: nullResult ?? null,
        },
        (_key, value) => (value === Number.POSITIVE_INFINITY ? "Infinity" : value),
        2,
      ),
    );
    return 0;
  }
  io.stdout(render(dataset, tracing, nodes, nullResult, options));
  return 0;
}

function render(
  dataset: Dataset,
  tracing: TracingResult,
  nodes: TracingResult["nodes"],
  nullResult: NullModelResult | undefined,
  options: CircularityOptions,
): string {
  const { lang } = options;
  const ui = messages(lang).ui;
  const name = entityNamer(dataset, lang);
  const pct = (x: number) => `${formatNumber(lang, x * 100, 1)}%`;
  const pValues = new Map(nullResult?.nodes.map((n) => [n.id, n]) ?? []);
  const multiplier =
    tracing.multiplier === null
      ? "—"
      : Number.isFinite(tracing.multiplier)
        ? formatNumber(lang, tracing.multiplier, 2)
        : "∞";
  const out = [
    `${ui.basis}: ${ui[options.basis]} · USD · ${ui.asOf} ${options.asOf}`,
    ui.multiplierLine({
      multiplier,
      flow: formatAmount(lang, { value: tracing.totalFlow, low: tracing.totalFlow, high: tracing.totalFlow }),
      outside: formatAmount(lang, {
        value: tracing.outsideTotal,
        low: tracing.outsideTotal,
        high: tracing.outsideTotal,
      }),
    }),
  ];
  if (nullResult) {
    const m = nullResult.multiplier;
    out.push(
      ui.nullLine({
        samples: formatNumber(lang, nullResult.samples, 0),
        mean:
          m.nullMean === null ? "—" : Number.isFinite(m.nullMean) ? formatNumber(lang, m.nullMean, 2) : "∞",
        p: m.pValue === null ? "—" : formatNumber(lang, m.pValue, 3),
      }),
    );
  }
  out.push(heading(ui.circularTitle));
  out.push(
    table(
      [
        ui.entity,
        ui.receipts,
        ui.ownMoneyBack,
        ui.fromOutside,
        ui.topOrigins,
        ...(nullResult ? [ui.pValue] : []),
      ],
      nodes.map((n) => [
        name(n.id),
        formatAmount(lang, { value: n.throughput, low: n.throughput, high: n.throughput }),
        pct(n.selfShare),
        pct(n.outsideShare),
        n.origins
          .slice(0, options.entity ? n.origins.length : 3)
          .map((o) => `${name(o.origin)} ${pct(o.share)}`)
          .join(lang === "ar" ? "، " : ", "),
        ...(nullResult ? [formatNumber(lang, pValues.get(n.id)?.pValue ?? Number.NaN, 3)] : []),
      ]),
    ),
  );
  if (tracing.closed.length > 0)
    out.push(ui.closedLoops({ groups: tracing.closed.map((g) => g.map(name).join(" → ")).join("; ") }));
  return out.join("\n");
}
