/**
 * Money flows: a Sankey of one calendar year's cash from payers to payees on the chosen basis, with
 * the payments as a table (and CSV) beside it.
 */
import { useMemo, useState } from "react";
import { Chart, FONT } from "../charts/Chart.tsx";
import { canvasMeasure } from "../charts/measure-text.ts";
import { sankeyOption } from "../charts/sankey-option.ts";
import { CsvButton } from "../components/CsvButton.tsx";
import { TableHead } from "../components/TableHead.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { defaultYear, moneyByYear, yearFlows } from "../model/sankey.ts";
import { useView } from "../state/use-view.ts";
import { dealSourceIds } from "../util/cited-sources.ts";

export default function Flows() {
  const model = useModel();
  const i18n = useI18n();
  const { m, usd, usdRange, lang } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const years = useMemo(() => moneyByYear(model.dataset, view.basis, asOf), [model, view.basis, asOf]);
  const year = view.year ?? defaultYear(years, asOf);
  const flows = useMemo(
    () => (year === null ? null : yearFlows(model.dataset, view.basis, asOf, year)),
    [model, view.basis, asOf, year],
  );
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  // The drawing's width sizes the margins that hold the names (0 until the box is measured).
  const [width, setWidth] = useState(0);
  const option = useMemo(
    () => sankeyOption(flows?.payments ?? [], name, i18n, width || undefined, canvasMeasure(FONT)),
    [flows, name, i18n, width],
  );
  const payments = flows?.payments ?? [];
  const rows = Math.max(new Set(payments.map((p) => p.from)).size, new Set(payments.map((p) => p.to)).size);
  const yearText = year === null ? "" : i18n.year(year);
  const header = [m("report.common.from"), m("report.common.to"), m("web.columns.amount")];

  return (
    <article className="page flows">
      <h1>{m("web.flows.heading")}</h1>
      <p className="intro">{m("web.flows.intro")}</p>
      <div className="row">
        <label>
          {m("report.common.year")}
          <select
            value={year ?? ""}
            onChange={(e) => setView({ year: e.target.value ? Number(e.target.value) : null })}
          >
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {i18n.year(y.year)} — {usd(y.amount.value)}
              </option>
            ))}
          </select>
        </label>
        {flows ? (
          <p className="status" data-figure="year-total">
            {m("web.flows.total", { year: yearText, amount: usdRange(flows.total) })}
          </p>
        ) : null}
        {flows && flows.undated.count > 0 ? (
          <p className="status" data-figure="undated">
            {m("web.flows.undated", {
              count: flows.undated.count,
              amount: usdRange(flows.undated.total),
              year: yearText,
            })}
          </p>
        ) : null}
      </div>
      {payments.length === 0 ? (
        <p className="status">{m("web.flows.empty")}</p>
      ) : (
        <Chart
          name={m("web.flows.heading")}
          finding={
            payments[0] && flows
              ? m("web.findings.flows", {
                  year: yearText,
                  from: name(payments[0].from),
                  to: name(payments[0].to),
                  amount: usd(payments[0].amount),
                  share: i18n.percent(payments[0].amount / Math.max(flows.total.value, payments[0].amount)),
                })
              : undefined
          }
          fileName={`halqa-flows-${year}-${view.basis}`}
          label={m("web.flows.chartLabel", {
            count: payments.length,
            year: yearText,
            basis: m(`web.basis.${view.basis}`),
            total: usd(flows?.total.value ?? 0),
          })}
          option={option}
          onWidth={setWidth}
          height={Math.max(420, rows * 28)}
        >
          <table className="table compact">
            <caption>
              {m("web.flows.total", { year: yearText, amount: usd(flows?.total.value ?? 0) })}{" "}
              <CsvButton
                name={m("web.flows.heading")}
                fileName={`halqa-flows-${year}-${view.basis}`}
                header={header}
                rows={() => payments.map((p) => [name(p.from), name(p.to), p.amount])}
                sourceIds={() =>
                  dealSourceIds(
                    model.dataset,
                    payments.flatMap((p) => p.deals),
                  )
                }
              />
            </caption>
            <TableHead columns={header} />
            <tbody>
              {payments.map((p) => (
                <tr key={`${p.from}>${p.to}`}>
                  <td>{name(p.from)}</td>
                  <td>{name(p.to)}</td>
                  <td className="num">{usd(p.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Chart>
      )}
    </article>
  );
}
