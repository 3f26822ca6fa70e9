/** `halqa changes --since D`: what happened to the deals in a window, newest first (changes-report.ts). */

import type { ChangesReport } from "../../core/reports/changes-report.ts";
import { formatDate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { formatAmount, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";
import { refsOf, sourceLines, wrap } from "./sheet-format.ts";

export function printChanges(
  dataset: Dataset,
  report: ChangesReport,
  lang: Language,
  json: boolean,
  io: Io,
): number {
  io.stdout(json ? JSON.stringify(report, null, 2) : renderChanges(dataset, report, lang));
  return 0;
}

export function renderChanges(dataset: Dataset, report: ChangesReport, lang: Language): string {
  const name = entityNamer(dataset, lang);
  const dealName = dealNamer(dataset, lang);
  const refs = refsOf(report.sources);
  const sep = lang === "ar" ? "، " : ", ";
  const out = [
    message(lang, "report.sheet.changes.settings", {
      count: report.count,
      since: formatDate(lang, report.since),
      until: formatDate(lang, report.until),
      entity: report.entity === null ? null : name(report.entity),
    }),
  ];
  if (report.count === 0) {
    out.push(message(lang, "report.sheet.changes.none"));
    return out.join("\n");
  }
  out.push(
    table(
      [
        message(lang, "report.sheet.changes.date"),
        message(lang, "report.sheet.changes.change"),
        message(lang, "report.sheet.changes.deal"),
        message(lang, "report.sheet.changes.parties"),
        message(lang, "report.sheet.changes.amount"),
        message(lang, "report.sheet.changes.refs"),
      ],
      report.changes.map((c) => {
        const status =
          c.kind === "replaced"
            ? message(lang, "report.sheet.changes.replaced", { deal: dealName(c.replacedBy ?? "") })
            : label(lang, "status", c.kind);
        const amount =
          c.amount === null
            ? "—"
            : c.amountKind === "cash"
              ? formatAmount(lang, c.amount)
              : message(lang, "report.sheet.changes.amountKind", {
                  amount: formatAmount(lang, c.amount),
                  kind: label(lang, "flowKind", c.amountKind ?? ""),
                });
        return [
          formatDate(lang, c.date),
          wrap(c.first ? message(lang, "report.sheet.changes.first", { status }) : status, 40),
          wrap(c.title[lang], 50),
          wrap(c.parties.map(name).join(sep), 40),
          c.estimate ? `${amount} (${message(lang, "report.sheet.changes.estimate")})` : amount,
          refs(c.sources),
        ];
      }),
    ),
  );
  out.push(heading(message(lang, "report.sheet.company.sources")));
  out.push(...sourceLines(report.sources));
  return out.join("\n");
}
