/**
 * An entity's receipts in the dataset as shares of its REPORTED revenue, one row per fiscal year, with
 * the part paid by its own investees and the part outside the dataset (docs/methods/exposure.md). A year
 * without reported revenue says so and gives no share.
 */
import type { RevenueExposure } from "@core/exposure/revenue-exposure.ts";
import { receivedIn } from "@core/reports/exposure-report.ts";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { useI18n } from "../../i18n/index.ts";

export function RevenueShares({ revenue }: { revenue: RevenueExposure }) {
  const { m, usd, percent } = useI18n();
  if (revenue.years.length === 0) return <p className="hint">{m("report.exposure.noYears")}</p>;
  const period = (p: string) =>
    p.startsWith("FY") ? m("cli.revenueShare.fiscalYear", { year: p.slice(2) }) : p;
  const withShare = (amount: number, share: number) => `${usd(amount)} (${percent(share)})`;
  return (
    <>
      {/* Five columns do not fit the side panel beside the map: the table scrolls in its own box. */}
      <div className="scroll">
        <table className="table compact" data-figure="revenue-shares">
          <caption className="visually-hidden">{m("report.exposure.revenueTitle")}</caption>
          <TableHead
            columns={[
              m("report.common.year"),
              m("report.exposure.reportedRevenue"),
              m("report.exposure.inDataset"),
              m("report.exposure.fromInvestees"),
              m("report.exposure.ownMoneyBackYear"),
              m("report.exposure.outside"),
            ]}
          />
          <tbody>
            {revenue.years.map((y) => {
              const s = y.split;
              const received = receivedIn(y);
              return (
                <tr key={y.period} data-period={y.period}>
                  <th scope="row">{period(y.period)}</th>
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
                    {s ? withShare(s.inDataset.amount, s.inDataset.share) : usd(received)}
                  </td>
                  <td className="num">
                    {s ? withShare(s.fromInvestees.amount, s.fromInvestees.share) : "—"}
                  </td>
                  <td className="num">
                    {s ? withShare(y.ownMoneyBack.amount, y.ownMoneyBack.share ?? 0) : "—"}
                  </td>
                  <td className="num">
                    {s === null
                      ? "—"
                      : s.excess
                        ? m("cli.revenueShare.excessShort", { share: percent(s.excess.share) })
                        : withShare(s.outside.amount, s.outside.share)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">{m("web.entity.revenue.help")}</p>
    </>
  );
}
