/** `halqa deal ID`: one deal's timeline, figures, links and what counts (src/core/reports/deal-timeline.ts). */

import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { DealTimelineReport } from "../../core/reports/deal-timeline.ts";
import { formatDate } from "../../i18n/format.ts";
import { type Language, messages } from "../../i18n/index.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { reasonText, refsOf, sourceLines, wrap } from "./sheet-format.ts";

export function printDeal(
  dataset: Dataset,
  report: DealTimelineReport,
  lang: Language,
  json: boolean,
  io: Io,
): number {
  io.stdout(json ? JSON.stringify(report, infinityAsString, 2) : renderDeal(dataset, report, lang));
  return 0;
}

export function renderDeal(dataset: Dataset, report: DealTimelineReport, lang: Language): string {
  const ui = messages(lang).ui;
  const m = messages(lang).sheets.deal;
  const name = entityNamer(dataset, lang);
  const dealName = dealNamer(dataset, lang);
  const refs = refsOf(report.sources);
  const sep = lang === "ar" ? "، " : ", ";
  const { deal } = report;
  const period = deal.period
    ? `${formatDate(lang, deal.period.start)} → ${deal.period.end ? formatDate(lang, deal.period.end) : deal.period.years !== null ? `+${deal.period.years}` : ""}`.trim()
    : null;
  const out = [
    deal.title[lang],
    m.settings({
      type: label(lang, "dealType", deal.type),
      status: label(
        lang,
        "status",
        report.standing === "replaced" ? "replaced" : (report.status ?? "unreported"),
      ),
      asOf: formatDate(lang, report.asOf),
      announced: formatDate(lang, deal.announced),
      period,
    }),
  ];
  if (report.latestStatus !== report.status)
    out.push(m.latest({ status: label(lang, "status", report.latestStatus) }));
  const roles = messages(lang).sheets.company.partyRole;
  out.push(report.parties.map((p) => `${name(p.entity)} (${roles[p.role] ?? p.role})`).join(sep));

  out.push(heading(m.timeline));
  out.push(
    table(
      [
        messages(lang).sheets.changes.date,
        ui.status,
        messages(lang).sheets.company.notes,
        messages(lang).sheets.company.refs,
      ],
      report.events.map((e) => [
        formatDate(lang, e.date),
        `${label(lang, "status", e.status)}${e.after ? ` (${m.afterAsOf})` : ""}`,
        wrap(e.note ?? ""),
        refs(e.sources),
      ]),
    ),
  );

  out.push(heading(m.figures));
  out.push(
    table(
      [m.flow, m.layer, ui.amount, m.quote, messages(lang).sheets.company.refs],
      report.figures.map((f) => {
        const flags = [
          f.estimate ? messages(lang).sheets.company.estimate : "",
          f.conditional ? wrap(m.conditional({ condition: f.condition }), 50) : "",
          f.asOf ? m.figureAsOf({ date: f.asOf }) : "",
        ].filter(Boolean);
        const alternatives = f.alternatives.map(
          (a) => `${formatAmount(lang, a.amount, f.unit)}${a.asOf ? ` (${a.asOf})` : ""} ${refs(a.sources)}`,
        );
        return [
          `${name(f.from)} → ${name(f.to)} · ${label(lang, "flowKind", f.kind)}`,
          ui[f.layer],
          [formatAmount(lang, f.amount, f.unit), ...flags, ...alternatives].join("\n"),
          wrap(f.quote ?? "", 40),
          refs(f.sources),
        ];
      }),
    ),
  );

  out.push(heading(m.links));
  if (report.links.length === 0) out.push(m.noLinks);
  for (const link of report.links) {
    const text = m.link[`${link.direction}-${link.type}`];
    const params = { deal: link.title?.[lang] ?? dealName(link.deal), date: link.date ?? "" };
    out.push(`  ${text ? text(params) : `${link.type} ${params.deal}`}`);
  }

  out.push(heading(m.counts));
  for (const basis of report.counts) {
    const money = formatAmount(lang, basis.counted);
    out.push(
      basis.counted.value > 0
        ? m.countedLine({ basis: ui[basis.basis], amount: money })
        : m.nothingLine({ basis: ui[basis.basis] }),
    );
    for (const flow of basis.flows) {
      const flowName = `${name(flow.from)} → ${name(flow.to)} (${label(lang, "flowKind", flow.kind)})`;
      if (flow.counted)
        out.push(
          `  ${m.flowCounted({
            flow: flowName,
            amount: formatAmount(lang, flow.counted, flow.unit),
            years: flow.years.map((y) => y.year).join(sep),
          })}`,
        );
      for (const e of flow.excluded) {
        const why = reasonText(lang, e, dealName);
        out.push(
          `  ${m.flowExcluded({ flow: flowName, amount: formatAmount(lang, e.amount, flow.unit), why })}`,
        );
      }
      if (flow.why) out.push(`  ${m.flowUncounted({ flow: flowName, why: m.why[flow.why] ?? flow.why })}`);
    }
  }

  out.push(heading(messages(lang).sheets.company.sources));
  out.push(...sourceLines(report.sources));
  return out.join("\n");
}
