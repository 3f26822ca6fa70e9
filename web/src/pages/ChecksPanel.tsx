/**
 * The overview's "checks" panel: each headline figure from the deals beside its published counterpart,
 * with the status, and — on opening a row — the source, the article's own words, the date the deals
 * were read on, and why the two differ.
 */

import { reconcileReport } from "@core/reports/reconcile-report.ts";
import { useMemo } from "react";
import { TableHead } from "../components/TableHead.tsx";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { checksPanel } from "../model/reconcile.ts";

export function ChecksPanel({ asOf }: { asOf: string }) {
  const model = useModel();
  const i18n = useI18n();
  const { m } = i18n;
  const report = useMemo(() => reconcileReport(model.dataset, { asOf }), [model, asOf]);
  const panel = useMemo(() => checksPanel(report, model.dataset, i18n), [report, model, i18n]);
  return (
    <section aria-labelledby="checks-heading" className="checks" data-ok={panel.ok}>
      <h2 id="checks-heading">{m("web.overview.checks.title")}</h2>
      <p className="hint">{m("web.overview.checks.help")}</p>
      <table className="table compact" data-table="checks">
        <TableHead
          columns={[
            m("report.market.figure"),
            m("report.reconcile.published"),
            m("web.overview.checks.derived"),
            m("report.ratios.ratio"),
            m("report.common.status"),
          ]}
        />
        <tbody>
          {panel.rows.map((row) => (
            <tr key={row.id} data-check={row.id} data-status={row.status}>
              <th scope="row">
                <details>
                  <summary>{row.title}</summary>
                  {row.source ? <p className="hint">{row.source}</p> : null}
                  {row.quote ? (
                    <blockquote lang="ar" dir="rtl">
                      {row.quote}
                    </blockquote>
                  ) : null}
                  <p className="hint">{row.readAsOf}</p>
                  {row.reason ? <p>{row.reason}</p> : null}
                  {row.note ? <p className="hint">{row.note}</p> : null}
                </details>
              </th>
              <td>{row.published}</td>
              <td>{row.derived}</td>
              <td>{row.ratio}</td>
              <td>{row.statusLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={panel.ok ? "status" : "status warning"}>{panel.summary}</p>
    </section>
  );
}
