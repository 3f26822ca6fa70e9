/**
 * Every input and result of the economics report as one table to download: analysis, kind, name,
 * value, unit, published figure, check and sources, in the page's language (the names and units the
 * page shows, not the report's keys), the workbook's sources sheet listing every source cited.
 */
import type { EconAnalysis } from "@core/economics/inputs.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { useRecordNames } from "../../components/ReportTable.tsx";
import { useModel } from "../../data/use-model.ts";
import { useI18n } from "../../i18n/index.ts";
import { editUnit, inputLabel, outputCheck, outputLabel } from "../../model/economics.ts";

export function OutputsCsv({ analyses }: { analyses: readonly EconAnalysis[] }) {
  const i18n = useI18n();
  const model = useModel();
  const { m, mOr } = i18n;
  // Sources by outlet and date, as the sources sheet lists them (ids would match nothing there).
  const names = useRecordNames();
  const cite = (ids: readonly string[]) => names.source?.(ids.join(" ")) ?? ids.join(" ");
  const header = [
    m("web.exportColumns.analysis"),
    m("report.common.kind"),
    m("web.money.input"),
    m("report.sheet.company.value"),
    m("web.exportColumns.unit"),
    m("report.reconcile.published"),
    m("web.money.check"),
    m("report.sheet.company.refs"),
  ];
  // Values are written in their stored unit: dollars in dollars (the page edits them in billions).
  const unit = (u: string) => (u === "USD" ? m("web.axes.usd") : editUnit(i18n, u));
  const check = (o: EconAnalysis["outputs"][number]) => {
    const word = outputCheck(o);
    return word === null ? "" : m(`report.economics.${word}`);
  };
  return (
    <CsvButton
      name={m("web.money.heading")}
      fileName="halqa-economics"
      header={header}
      rows={() =>
        analyses.flatMap((a) => {
          const title = mOr(`cli.moneyCommands.analyses.${a.id}`, a.id);
          return [
            ...a.inputs.map((i) => [
              title,
              m("web.money.input"),
              inputLabel(i18n, model, i),
              i.value,
              unit(i.unit),
              null,
              "",
              cite(i.sources),
            ]),
            ...a.outputs.map((o) => [
              title,
              m("cli.moneyCommands.result"),
              outputLabel(i18n, model, o),
              o.value,
              unit(o.unit),
              o.published?.value ?? null,
              check(o),
              cite(o.published?.sources ?? []),
            ]),
          ];
        })
      }
      sourceIds={() =>
        analyses.flatMap((a) => [
          ...a.inputs.flatMap((i) => i.sources),
          ...a.outputs.flatMap((o) => o.published?.sources ?? []),
        ])
      }
    />
  );
}
