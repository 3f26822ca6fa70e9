/**
 * `halqa circularity`: how much of each entity's money is its own coming back — first along named
 * loops (the traceable measure), then under proportional mixing with the chains behind each origin.
 */

import type { AttributedNode } from "../../core/circularity/index.ts";
import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { MoneyGraphOptions } from "../../core/network/money-graph.ts";
import {
  CIRCULARITY_ENTITY_LOOPS_TABLE,
  CIRCULARITY_ENTITY_ORIGINS_TABLE,
  CIRCULARITY_LAYOUT,
  CIRCULARITY_NODES_NULL_TABLE,
  CIRCULARITY_NODES_TABLE,
  CIRCULARITY_ORIGINS_TABLE,
  circularityEstimateLine,
} from "../../core/reports/circularity-layout.ts";
import { type CircularityReport, circularityReport } from "../../core/reports/circularity-report.ts";
import type { Unit } from "../../core/reports/layout.ts";
import { formatDate, unitHeading } from "../../i18n/format.ts";
import { formatCell, type RecordNames } from "../../i18n/format-cell.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import { recordNames } from "../../i18n/record-names.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { heading } from "../format.ts";
import { progressLine } from "../progress.ts";
import { renderHeadline, renderReportTable, renderTableBody } from "../report-table.ts";

export type CircularityOptions = MoneyGraphOptions & {
  lang: Language;
  json: boolean;
  entity?: string;
  nullModel?: { samples: number; seed: number };
  /** Every column, past 100 characters. */
  wide?: boolean;
};

export function circularityCommand(dataset: Dataset, options: CircularityOptions, io: Io): number {
  const progress = progressLine(!options.json && options.nullModel !== undefined, options.lang);
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
  const { lang } = options;
  const names = recordNames(dataset, lang);
  const face = { lang, names, ...(options.wide ? { wide: true } : {}) };
  const cell = (value: number | null, unit: Unit) => formatCell(lang, unit, value, names);
  const [multiplier, search, counted, nullLine] = (CIRCULARITY_LAYOUT.headlines?.(report) ?? []).map((h) =>
    renderHeadline(h, face),
  );
  const estimates = circularityEstimateLine(report);
  const out = [
    `${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${options.basis}`)} · ${unitHeading(lang, "USD")} · ${message(lang, "report.common.asOf")} ${formatDate(lang, options.asOf)}`,
    multiplier,
    ...(estimates ? [renderHeadline(estimates, face)] : []),
    ...(nullLine ? [nullLine] : []),
    // The announced headline rests partly on letters of intent: the binding figure goes beside it.
    ...(report.binding
      ? [
          message(lang, "cli.circularityBinding", {
            multiplier: cell(report.binding.multiplier, "ratio"),
            inside: cell(report.binding.totalFlow, "usd"),
            outside: cell(report.binding.outsideTotal, "usd"),
            loops: report.binding.loops,
          }),
        ]
      : []),
    search,
    counted,
  ];
  if (!report.loopSearch.complete) out.push(message(lang, "cli.loopSearchIncomplete"));
  if (report.nullModel && !report.nullModel.loopSearchComplete)
    out.push(message(lang, "cli.loopNullIncomplete"));
  const node = report.nodes[0];
  if (options.entity === undefined) {
    const nodes = report.nullModel ? CIRCULARITY_NODES_NULL_TABLE : CIRCULARITY_NODES_TABLE;
    out.push(renderReportTable(nodes, report, face));
    out.push(originsHead(lang), renderTableBody(CIRCULARITY_ORIGINS_TABLE, report, face));
  } else if (!node) out.push(message(lang, "cli.noCashHere", { entity: names.entity(options.entity) }));
  else {
    out.push(
      message(lang, "cli.entityCircularLine", {
        entity: names.entity(node.id),
        receipts: cell(node.throughput, "usd"),
        loops: cell(node.loops.share, "share"),
        amount: cell(node.loops.amount, "usd"),
        count: cell(node.loops.count, "count"),
        mixing: cell(node.selfShare, "share"),
        outside: cell(node.outsideShare, "share"),
      }),
      renderReportTable(CIRCULARITY_ENTITY_LOOPS_TABLE, report, face),
      ...loopDeals(node, report, lang, names),
    );
    if (node.origins.length > 0) {
      out.push(originsHead(lang));
      if (!node.pathsComplete) out.push(message(lang, "cli.pathsIncomplete"));
      out.push(renderTableBody(CIRCULARITY_ENTITY_ORIGINS_TABLE, report, face));
    }
  }
  if (report.closed.length > 0)
    out.push(
      message(lang, "cli.closedLoops", {
        groups: report.closed.map((g) => formatCell(lang, "path", g.join(" "), names)).join("; "),
      }),
    );
  return out.join("\n");
}

/** The origins' title with the hint on how to read mixing shares, before the table itself. */
function originsHead(lang: Language): string {
  return `${heading(message(lang, "report.circularity.originsTitle"))}\n${message(lang, "report.circularity.originsHint")}`;
}

/** Each payment step of the entity's listed loops, once, with the deals behind it. */
function loopDeals(
  n: AttributedNode,
  report: CircularityReport,
  lang: Language,
  names: RecordNames,
): string[] {
  const onLoops = new Set(
    n.loops.top.flatMap((l) => l.path.map((from, k) => `${from}>${l.path[(k + 1) % l.path.length]}`)),
  );
  const steps = report.loopSteps.filter((s) => onLoops.has(`${s.from}>${s.to}`));
  if (steps.length === 0) return [];
  const usd = (x: number) => formatCell(lang, "usd", x, names);
  return [
    `${message(lang, "report.circularity.loopDeals")}:`,
    ...steps.map(
      (s) =>
        `  ${formatCell(lang, "path", `${s.from} ${s.to}`, names)} ${usd(s.amount)}: ${s.deals.map((d) => `${names.deal(d.deal)} ${usd(d.amount)}`).join("; ")}`,
    ),
  ];
}
