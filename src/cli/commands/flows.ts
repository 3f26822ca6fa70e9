/** `halqa flows`: the dated flows the deals imply, on one value basis, as a table or --json. */

import type { Basis } from "../../core/flows/expand.ts";
import { type FlowsReport, flowsReport } from "../../core/reports/flows-report.ts";
import { formatDate, unitHeading } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { message, messageOrKey } from "../../i18n/message.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { FlowKind } from "../../schema/deal.ts";
import type { Unit } from "../../schema/primitives.ts";
import type { Io } from "../context.ts";
import { formatAmount, formatYear, heading, label, table } from "../format.ts";
import { dealNamer, entityNamer } from "../names.ts";

export type FlowsOptions = {
  lang: Language;
  json: boolean;
  asOf: string;
  basis: Basis;
  unit: Unit;
  kinds?: FlowKind[];
  fromYear?: number;
  toYear?: number;
  entity?: string;
};

export function flowsCommand(dataset: Dataset, options: FlowsOptions, io: Io): number {
  const result = flowsReport(dataset, options);
  io.stdout(options.json ? JSON.stringify(result, null, 2) : renderFlows(dataset, result, options));
  return 0;
}

function renderFlows(dataset: Dataset, result: FlowsReport, options: FlowsOptions): string {
  const { lang } = options;
  const entity = entityNamer(dataset, lang);
  const deal = dealNamer(dataset, lang);
  const out: string[] = [];
  const year = (y: number | undefined) => (y === undefined ? "…" : formatYear(lang, y));
  const range =
    options.fromYear === options.toYear && options.fromYear !== undefined
      ? year(options.fromYear)
      : `${year(options.fromYear)}–${year(options.toYear)}`;
  out.push(
    `${message(lang, "report.common.basis")}: ${messageOrKey(lang, `report.common.${result.basis}`)} · ${unitHeading(lang, result.unit)} · ${range} · ${message(lang, "report.common.asOf")} ${formatDate(lang, result.asOf)}`,
  );
  if (result.rows.length === 0) out.push(message(lang, "cli.noFlows"));
  else {
    out.push(
      table(
        [
          message(lang, "report.common.year"),
          message(lang, "report.common.deal"),
          `${message(lang, "report.common.from")} → ${message(lang, "report.common.to")}`,
          message(lang, "report.common.kind"),
          message(lang, "report.common.amount"),
          message(lang, "cli.flags"),
        ],
        result.rows.map((r) => [
          formatYear(lang, r.year),
          deal(r.deal).slice(0, 44),
          `${entity(r.from)} → ${entity(r.to)}`,
          label(lang, "flowKind", r.kind),
          (r.estimate ? `${message(lang, "report.common.estimateMark")} ` : "") +
            formatAmount(lang, r.amount, r.unit),
          [
            r.estimate ? message(lang, "report.common.estimate") : "",
            r.conditional ? message(lang, "report.common.conditional") : "",
            label(lang, "status", r.status),
            label(lang, "timing", r.timing),
          ]
            .filter(Boolean)
            .join(lang === "ar" ? "، " : ", "),
        ]),
      ),
    );
    out.push(heading(message(lang, "report.common.total")));
    out.push(
      table(
        [message(lang, "report.common.year"), message(lang, "report.common.amount")],
        [
          ...result.byYear.map((y) => [formatYear(lang, y.year), formatAmount(lang, y.amount, result.unit)]),
          [message(lang, "report.common.total"), formatAmount(lang, result.total, result.unit)],
        ],
      ),
    );
  }
  if (result.excluded.length > 0) {
    const reasons = new Map<string, number>();
    for (const e of result.excluded) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
    out.push(
      message(lang, "cli.excluded", {
        count: result.excluded.length,
        reasons: [...reasons]
          .map(([r, n]) => `${label(lang, "reason", r)} ${n}`)
          .join(lang === "ar" ? "، " : ", "),
      }),
    );
  }
  return out.join("\n");
}
