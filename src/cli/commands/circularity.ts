/** `halqa circularity`: how much of each entity's money is its own coming back (proportional flow tracing). */

import type { MoneyGraphOptions } from "../../core/network/money-graph.ts";
import { type CircularityReport, circularityReport } from "../../core/reports/circularity-report.ts";
import { infinityAsString } from "../../core/text/json-infinity.ts";
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
  const progress = progressLine(!options.json && options.nullModel !== undefined);
  const samples = options.nullModel?.samples ?? 0;
  const report = circularityReport(dataset, {
    ...options,
    onProgress: (done) => progress.update(done, samples, `${done}/${samples}`),
  });
  progress.finish();
  if (options.json) {
    io.stdout(JSON.stringify(report, infinityAsString, 2));
    return 0;
  }
  io.stdout(render(dataset, report, options));
  return 0;
}

function render(dataset: Dataset, report: CircularityReport, options: CircularityOptions): string {
  const { nodes, nullModel: nullResult } = report;
  const tracing = report;
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
