/**
 * One economics analysis: its name, formula and note (the command line's words), the inputs as
 * editable numbers each with its sources and the data's value when edited, and the outputs
 * recomputed beside the figure the source published (reproduced / by construction / differs / for comparison).
 */
import type { EconAnalysis } from "@core/economics/inputs.ts";
import type { ReactNode } from "react";
import { NumberField } from "../../components/NumberField.tsx";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { useModel } from "../../data/use-model.ts";
import { useI18n } from "../../i18n/index.ts";
import {
  editScale,
  editUnit,
  formatValue,
  inputLabel,
  outputCheck,
  outputLabel,
} from "../../model/economics.ts";

type Props = {
  analysis: EconAnalysis;
  onEdit: (key: string, value: number | null) => void;
  children?: ReactNode;
};

export function AnalysisSection({ analysis, onEdit, children }: Props) {
  const model = useModel();
  const i18n = useI18n();
  const { m } = i18n;
  const title = i18n.mOr(`cli.moneyCommands.analyses.${analysis.id}`, analysis.id);
  const formula = i18n.mOr(`cli.moneyCommands.formulas.${analysis.id}`, "");
  const note = i18n.mOr(`cli.moneyCommands.notes.${analysis.id}`, "");
  return (
    <section className="panel analysis" data-analysis={analysis.id} aria-labelledby={`h-${analysis.id}`}>
      <h2 id={`h-${analysis.id}`}>{title}</h2>
      {formula ? <p className="formula">{formula}</p> : null}
      <div className="analysis-grid">
        <table className="table compact inputs">
          <caption>{m("report.ratios.inputs")}</caption>
          <TableHead
            columns={[m("web.money.input"), m("report.sheet.company.value"), m("report.sheet.company.refs")]}
          />
          <tbody>
            {analysis.inputs.map((input) => {
              const label = inputLabel(i18n, model, input);
              const scale = editScale(input.unit);
              const edited = input.dataValue !== undefined;
              return (
                <tr key={input.key} className={edited ? "edited" : undefined}>
                  <th scope="row">
                    {label}
                    {input.estimate ? <span className="tag"> {m("web.money.estimate")}</span> : null}
                  </th>
                  <td className="edit">
                    <NumberField
                      value={input.value / scale}
                      label={`${label} (${editUnit(i18n, input.unit)})`}
                      dataKey={input.key}
                      onChange={(v) => onEdit(input.key, v * scale)}
                    />{" "}
                    <span className="unit">{editUnit(i18n, input.unit)}</span>
                    {edited ? (
                      <span className="was">
                        {" "}
                        {m("web.money.dataValue", {
                          value: formatValue(i18n, input.dataValue ?? null, input.unit),
                        })}{" "}
                        <button
                          type="button"
                          aria-label={m("web.money.resetLabel", { name: label })}
                          onClick={() => onEdit(input.key, null)}
                        >
                          {m("web.money.reset")}
                        </button>
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <SourceLinks ids={input.sources} inline />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <table className="table compact outputs">
          <caption>{m("web.money.results")}</caption>
          <TableHead
            columns={[
              m("cli.moneyCommands.result"),
              m("web.money.recomputed"),
              m("report.reconcile.published"),
              m("web.money.check"),
            ]}
          />
          <tbody>
            {analysis.outputs.map((o, index) => (
              <tr key={`${o.key}:${JSON.stringify(o.params ?? {})}`}>
                <th scope="row">{outputLabel(i18n, model, o)}</th>
                <td className="num big-num" data-output={`${analysis.id}:${o.key}:${index}`}>
                  {formatValue(i18n, o.value, o.unit)}
                </td>
                <td className="num">
                  {o.published ? (
                    <>
                      {formatValue(i18n, o.published.value, o.unit)}{" "}
                      <SourceLinks ids={o.published.sources} inline />
                    </>
                  ) : null}
                </td>
                <td data-check={`${analysis.id}:${index}`}>
                  <Check output={o} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {analysis.missing.length > 0 ? (
        <p className="status error">{m("web.money.missing", { ids: analysis.missing.join(", ") })}</p>
      ) : null}
      {children}
      {note ? <p className="hint">{note}</p> : null}
    </section>
  );
}

/** The check beside a result: by construction when an input was backed out from the published figure. */
function Check({ output }: { output: EconAnalysis["outputs"][number] }) {
  const { m } = useI18n();
  const check = outputCheck(output);
  if (check === null) return output.published ? <>{m("web.money.comparison")}</> : null;
  return <span className={check === "differs" ? "warn" : "ok"}>{m(`report.economics.${check}`)}</span>;
}
