/**
 * An entity's receipts in the dataset as shares of its REPORTED revenue, one row per fiscal year, with
 * the part paid by its own investees and the part outside the dataset (docs/methods/exposure.md). A year
 * without reported revenue says so and gives no share. Receipts on deals that bind nobody yet (letters
 * of intent, memoranda, talks) are shown apart, in their own column and a line per year naming the
 * deals, as `halqa exposure` does, so a promise never reads as sales.
 */
import type { RevenueExposure } from "@core/exposure/revenue-exposure.ts";
import { receivedIn } from "@core/reports/exposure-report.ts";
import type { ReactNode } from "react";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { dealTitle } from "../../data/model.ts";
import { useModel } from "../../data/use-model.ts";
import { useI18n } from "../../i18n/index.ts";

export function RevenueShares({ revenue }: { revenue: RevenueExposure }) {
  const model = useModel();
  const { m, usd, percent, lang, list } = useI18n();
  if (revenue.years.length === 0) return <p className="hint">{m("report.exposure.noYears")}</p>;
  const period = (p: string) =>
    p.startsWith("FY") ? m("cli.revenueShare.fiscalYear", { year: p.slice(2) }) : p;
  const withShare = (amount: number, share: number) => `${usd(amount)} (${percent(share)})`;
  const promised = revenue.years.filter((y) => y.notBinding.amount > 0);
  return (
    <>
      {/*
        Seven columns did not fit the side panel beside the map (the box scrolled sideways at 1440 px):
        two tables of four, the receipts against the revenue, then where the receipts come from, each
        year a row in both; their cells wrap (class "fit") rather than widen the panel.
      */}
      <YearTable
        figure="revenue-shares"
        caption={m("report.exposure.revenueTitle")}
        columns={[
          m("report.common.year"),
          m("report.exposure.reportedRevenue"),
          m("report.exposure.inDataset"),
          m("report.exposure.notBinding"),
        ]}
        years={revenue.years}
        period={period}
        cells={(y) => {
          const s = y.split;
          return (
            <>
              <td className="num">
                {s ? usd(s.revenue) : m("report.tracker.stages.unknown")}
                {y.revenue ? (
                  <>
                    {" "}
                    <SourceLinks ids={y.revenue.sources} inline />
                  </>
                ) : null}
              </td>
              <td className="num">
                {s ? withShare(s.inDataset.amount, s.inDataset.share) : usd(receivedIn(y))}
              </td>
              <td className="num" data-not-binding={y.period}>
                {y.notBinding.amount > 0 ? usd(y.notBinding.amount) : "—"}
              </td>
            </>
          );
        }}
      />
      <YearTable
        figure="revenue-sources"
        caption={m("report.exposure.revenueTitle")}
        columns={[
          m("report.common.year"),
          m("report.exposure.fromInvestees"),
          m("report.exposure.ownMoneyBackYear"),
          m("report.exposure.outside"),
        ]}
        years={revenue.years}
        period={period}
        cells={(y) => {
          const s = y.split;
          return (
            <>
              <td className="num">{s ? withShare(s.fromInvestees.amount, s.fromInvestees.share) : "—"}</td>
              <td className="num">{s ? withShare(y.ownMoneyBack.amount, y.ownMoneyBack.share ?? 0) : "—"}</td>
              <td className="num">
                {s === null
                  ? "—"
                  : s.excess
                    ? m("cli.revenueShare.excessShort", { share: percent(s.excess.share) })
                    : withShare(s.outside.amount, s.outside.share)}
              </td>
            </>
          );
        }}
      />
      {promised.length > 0 ? (
        <ul className="hint" data-figure="not-binding">
          {promised.map((y) => (
            <li key={y.period} data-period={y.period}>
              {period(y.period)}:{" "}
              {m("cli.revenueShare.notBinding", {
                amount: usd(y.notBinding.amount),
                deals: list(y.notBinding.deals.map((id) => dealTitle(model, id, lang))),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{m("web.entity.revenue.help")}</p>
    </>
  );
}

type Year = RevenueExposure["years"][number];

/** One of the panel's two tables: a row per fiscal year, the year as its heading, then `cells`. */
function YearTable(props: {
  figure: string;
  caption: string;
  columns: string[];
  years: readonly Year[];
  period: (period: string) => string;
  cells: (year: Year) => ReactNode;
}) {
  return (
    <table className="table compact fit" data-figure={props.figure}>
      <caption className="visually-hidden">{props.caption}</caption>
      <TableHead columns={props.columns} />
      <tbody>
        {props.years.map((y) => (
          <tr key={y.period} data-period={y.period}>
            <th scope="row">{props.period(y.period)}</th>
            {props.cells(y)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
