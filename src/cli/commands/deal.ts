/** `halqa deal ID`: one deal's timeline, figures, links and what counts (src/core/reports/deal-timeline.ts). */

import { infinityAsString } from "../../core/json/json-infinity.ts";
import type { DealTimelineReport } from "../../core/reports/deal-timeline.ts";
import { formatDate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { hasMessage, message, messageOrKey } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { messageOr, reasonText, refsOf, sourceLines, wrap } from "./sheet-format.ts";

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
    message(lang, "report.sheet.deal.settings", {
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
    out.push(
      message(lang, "report.sheet.deal.latest", { status: label(lang, "status", report.latestStatus) }),
    );
  out.push(
    report.parties
      .map(
        (p) => `${name(p.entity)} (${messageOr(lang, `report.sheet.company.partyRole.${p.role}`, p.role)})`,
      )
      .join(sep),
  );

  out.push(heading(message(lang, "report.sheet.deal.timeline")));
  out.push(
    table(
      [
        message(lang, "report.sheet.changes.date"),
        message(lang, "report.common.status"),
        message(lang, "report.sheet.company.notes"),
        message(lang, "report.sheet.company.refs"),
      ],
      report.events.map((e) => [
        formatDate(lang, e.date),
        `${label(lang, "status", e.status)}${e.after ? ` (${message(lang, "report.sheet.deal.afterAsOf")})` : ""}`,
        wrap(e.note ?? ""),
        refs(e.sources),
      ]),
    ),
  );

  out.push(heading(message(lang, "report.sheet.deal.figures")));
  out.push(
    table(
      [
        message(lang, "report.sheet.deal.flow"),
        message(lang, "report.sheet.deal.layer"),
        message(lang, "report.common.amount"),
        message(lang, "report.sheet.deal.quote"),
        message(lang, "report.sheet.company.refs"),
      ],
      report.figures.map((f) => {
        const flags = [
          f.estimate ? message(lang, "report.sheet.company.estimate") : "",
          f.conditional
            ? wrap(message(lang, "report.sheet.deal.conditional", { condition: f.condition }), 50)
            : "",
          f.asOf ? message(lang, "report.sheet.deal.figureAsOf", { date: f.asOf }) : "",
        ].filter(Boolean);
        const alternatives = f.alternatives.map(
          (a) => `${formatAmount(lang, a.amount, f.unit)}${a.asOf ? ` (${a.asOf})` : ""} ${refs(a.sources)}`,
        );
        return [
          `${name(f.from)} → ${name(f.to)} · ${label(lang, "flowKind", f.kind)}`,
          messageOrKey(lang, `report.common.${f.layer}`),
          [formatAmount(lang, f.amount, f.unit), ...flags, ...alternatives].join("\n"),
          wrap(f.quote ?? "", 40),
          refs(f.sources),
        ];
      }),
    ),
  );

  out.push(heading(message(lang, "report.sheet.deal.links")));
  if (report.links.length === 0) out.push(message(lang, "report.sheet.deal.noLinks"));
  for (const link of report.links) {
    const key = `report.sheet.deal.link.${link.direction}-${link.type}`;
    const params = { deal: link.title?.[lang] ?? dealName(link.deal), date: link.date ?? "" };
    out.push(`  ${hasMessage(lang, key) ? message(lang, key, params) : `${link.type} ${params.deal}`}`);
  }

  out.push(heading(message(lang, "report.sheet.deal.counts")));
  for (const basis of report.counts) {
    const money = formatAmount(lang, basis.counted);
    out.push(
      basis.counted.value > 0
        ? message(lang, "report.sheet.deal.countedLine", {
            basis: messageOrKey(lang, `report.common.${basis.basis}`),
            amount: money,
          })
        : message(lang, "report.sheet.deal.nothingLine", {
            basis: messageOrKey(lang, `report.common.${basis.basis}`),
          }),
    );
    for (const flow of basis.flows) {
      const flowName = `${name(flow.from)} → ${name(flow.to)} (${label(lang, "flowKind", flow.kind)})`;
      if (flow.counted)
        out.push(
          `  ${message(lang, "report.sheet.deal.flowCounted", {
            flow: flowName,
            amount: formatAmount(lang, flow.counted, flow.unit),
            years: flow.years.map((y) => y.year).join(sep),
          })}`,
        );
      for (const e of flow.excluded) {
        const why = reasonText(lang, e, dealName);
        out.push(
          `  ${message(lang, "report.sheet.deal.flowExcluded", { flow: flowName, amount: formatAmount(lang, e.amount, flow.unit), why })}`,
        );
      }
      if (flow.why)
        out.push(
          `  ${message(lang, "report.sheet.deal.flowUncounted", { flow: flowName, why: messageOr(lang, `report.sheet.deal.why.${flow.why}`, flow.why) })}`,
        );
    }
  }

  out.push(heading(message(lang, "report.sheet.company.sources")));
  out.push(...sourceLines(report.sources));
  return out.join("\n");
}
