/**
 * `halqa circularity`: how much of each entity's money is its own coming back — first along named
 * loops (the traceable measure), then under proportional mixing with the chains behind each origin.
 */

import type { AttributedNode } from "../../core/circularity/index.ts";
import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { MoneyGraphOptions } from "../../core/network/money-graph.ts";
import { type CircularityReport, circularityReport } from "../../core/reports/circularity-report.ts";
import { formatDate, formatPercent, unitHeading } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, formatNumber, heading, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
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

type Words = {
  lang: Language;
  deal: (id: string) => string;
  name: (id: string) => string;
  pct: (x: number) => string;
  usd: (x: number) => string;
  chain: (ids: string[]) => string;
};

function words(dataset: Dataset, lang: Language): Words {
  const name = entityNamer(dataset, lang);
  return {
    lang,
    deal: dealNamer(dataset, lang),
    name,
    // A share that rounds to 0.0% but is not zero is shown as such, never as a bare 0%.
    pct: (x) => (x > 0 && x < 0.0005 ? `<${formatPercent(lang, 0.1)}` : `${formatPercent(lang, x * 100)}`),
    usd: (x) => formatAmount(lang, { value: x, low: x, high: x }),
    chain: (ids) => ids.map(name).join(lang === "ar" ? " ← " : " → "),
  };
}

function render(dataset: Dataset, report: CircularityReport, options: CircularityOptions): string {
  const w = words(dataset, options.lang);
  const { lang, usd } = w;
  const ratio = (x: number | null) =>
    x === null ? "—" : Number.isFinite(x) ? formatNumber(lang, x, 2) : "∞";
  const out = [
    `${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${options.basis}`)} · ${unitHeading(lang, "USD")} · ${message(lang, "report.common.asOf")} ${formatDate(lang, options.asOf)}`,
    message(lang, "cli.multiplierLine", {
      multiplier: ratio(report.multiplier),
      flow: usd(report.totalFlow),
      outside: usd(report.outsideTotal),
    }),
  ];
  const nullResult = report.nullModel;
  if (nullResult) {
    out.push(
      message(lang, "cli.nullLine", {
        samples: formatNumber(lang, nullResult.samples, 0),
        mean: ratio(nullResult.multiplier.nullMean),
        p: nullResult.multiplier.pValue === null ? "—" : formatNumber(lang, nullResult.multiplier.pValue, 3),
      }),
    );
  }
  const { loopSearch } = report;
  out.push(
    message(lang, "cli.loopSearchLine", {
      maxLength: formatNumber(lang, loopSearch.maxLength, 0),
      cycles: formatNumber(lang, loopSearch.cycles, 0),
    }),
  );
  if (!loopSearch.complete) out.push(message(lang, "cli.loopSearchIncomplete"));
  if (nullResult && !nullResult.loopSearchComplete) out.push(message(lang, "cli.loopNullIncomplete"));
  if (options.entity === undefined) out.push(...overview(report, w));
  else {
    const node = report.nodes[0];
    out.push(
      node
        ? entityDetail(node, report, w).join("\n")
        : message(lang, "cli.noCashHere", { entity: w.name(options.entity) }),
    );
  }
  if (report.closed.length > 0)
    out.push(
      message(lang, "cli.closedLoops", {
        groups: report.closed.map((g) => g.map(w.name).join(" → ")).join("; "),
      }),
    );
  return out.join("\n");
}

/** All entities: the loop measure with its largest loop, then mixing origins with their largest chain. */
function overview(report: CircularityReport, { lang, name, pct, usd, chain }: Words): string[] {
  const pValues = new Map(report.nullModel?.nodes.map((n) => [n.id, n]) ?? []);
  const p = (x: number | undefined) => formatNumber(lang, x ?? Number.NaN, 3);
  const hasNull = report.nullModel !== null;
  const loops = table(
    [
      message(lang, "cli.entity"),
      message(lang, "cli.throughput"),
      message(lang, "cli.loopShare"),
      ...(hasNull ? [message(lang, "cli.pValueLoops")] : []),
      message(lang, "cli.loopCount"),
      message(lang, "cli.largestLoop"),
      message(lang, "cli.mixingShare"),
      message(lang, "cli.fromOutside"),
      ...(hasNull ? [message(lang, "cli.pValueMixing")] : []),
    ],
    report.nodes.map((n) => {
      const largest = n.loops.top[0];
      return [
        name(n.id),
        usd(n.throughput),
        pct(n.loops.share),
        ...(hasNull ? [p(pValues.get(n.id)?.loops.pValue)] : []),
        formatNumber(lang, n.loops.count, 0),
        largest ? `${chain([...largest.path, n.id])} ${pct(largest.share)}` : "",
        pct(n.selfShare),
        pct(n.outsideShare),
        ...(hasNull ? [p(pValues.get(n.id)?.pValue)] : []),
      ];
    }),
  );
  const withOrigins = report.nodes.filter((n) => n.origins.length > 0);
  const origins = table(
    [
      message(lang, "cli.entity"),
      message(lang, "cli.origin"),
      message(lang, "cli.mixingShare"),
      message(lang, "cli.tracedShare"),
      message(lang, "cli.mainChain"),
    ],
    withOrigins.flatMap((n) =>
      n.origins.slice(0, 3).map((o, k) => {
        const main = o.paths[0];
        return [
          k === 0 ? name(n.id) : "",
          name(o.origin),
          pct(o.share),
          o.traced === null ? "—" : pct(o.traced),
          main ? `${chain(main.path)} ${pct(main.share)}` : "",
        ];
      }),
    ),
  );
  return [
    heading(message(lang, "cli.loopsTitle")),
    loops,
    heading(message(lang, "cli.originsTitle")),
    message(lang, "cli.originsHint"),
    origins,
  ];
}

/** One entity: every loop through it that carries money back, and every origin with its chains. */
function entityDetail(n: AttributedNode, report: CircularityReport, w: Words): string[] {
  const { lang, name, pct, usd, chain } = w;
  const out = [
    heading(message(lang, "cli.loopsTitle")),
    message(lang, "cli.entityCircularLine", {
      entity: name(n.id),
      receipts: usd(n.throughput),
      loops: pct(n.loops.share),
      amount: usd(n.loops.amount),
      count: formatNumber(lang, n.loops.count, 0),
      mixing: pct(n.selfShare),
      outside: pct(n.outsideShare),
    }),
  ];
  if (n.loops.count === 0) out.push(message(lang, "cli.onNoLoop"));
  else
    out.push(
      table(
        [
          message(lang, "cli.loop"),
          message(lang, "cli.comesBack"),
          message(lang, "cli.share"),
          message(lang, "cli.loopBottleneck"),
        ],
        n.loops.top.map((l) => [chain([...l.path, n.id]), usd(l.amount), pct(l.share), usd(l.bottleneck)]),
      ),
      ...loopDeals(n, report, w),
    );
  if (n.origins.length === 0) return out;
  out.push(heading(message(lang, "cli.originsTitle")), message(lang, "cli.originsHint"));
  if (!n.pathsComplete) out.push(message(lang, "cli.pathsIncomplete"));
  out.push(
    table(
      [
        message(lang, "cli.origin"),
        message(lang, "cli.mixingShare"),
        message(lang, "cli.tracedShare"),
        message(lang, "cli.chain"),
        message(lang, "cli.chainShare"),
      ],
      n.origins.flatMap((o) => {
        const head = [name(o.origin), pct(o.share), o.traced === null ? "—" : pct(o.traced)];
        // Chains below a tenth of a percent of receipts add rows, not understanding; the first stays.
        const shown = o.paths.filter((p, k) => k === 0 || p.share >= 0.001);
        if (shown.length === 0) return [[...head, "", ""]];
        return shown.map((p, k) => [...(k === 0 ? head : ["", "", ""]), chain(p.path), pct(p.share)]);
      }),
    ),
  );
  return out;
}

/** Each payment step of the entity's listed loops, once, with the deals behind it. */
function loopDeals(
  n: AttributedNode,
  report: CircularityReport,
  { lang, deal, usd, chain }: Words,
): string[] {
  const onLoops = new Set(
    n.loops.top.flatMap((l) => l.path.map((from, k) => `${from}>${l.path[(k + 1) % l.path.length]}`)),
  );
  const steps = report.loopSteps.filter((s) => onLoops.has(`${s.from}>${s.to}`));
  if (steps.length === 0) return [];
  return [
    `${message(lang, "cli.loopDeals")}:`,
    ...steps.map(
      (s) =>
        `  ${chain([s.from, s.to])} ${usd(s.amount)}: ${s.deals.map((d) => `${deal(d.deal)} ${usd(d.amount)}`).join("; ")}`,
    ),
  ];
}
