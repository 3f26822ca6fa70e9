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
  const { t, fill, usd, percent } = useI18n();
  const r = t.entity.revenue;
  if (revenue.years.length === 0) return <p className="hint">{r.none}</p>;
  const period = (p: string) => (p.startsWith("FY") ? fill(r.fiscalYear, { year: p.slice(2) }) : p);
  const withShare = (amount: number, share: number) => `${usd(amount)} (${percent(share)})`;
  return (
    <>
      <table className="table compact" data-figure="revenue-shares">
        <caption className="visually-hidden">{r.title}</caption>
        <TableHead
          columns={[r.period, r.reported, r.inDataset, r.fromInvestees, r.ownMoneyBack, r.outside]}
        />
        <tbody>
          {revenue.years.map((y) => {
            const s = y.split;
            const received = receivedIn(y);
            return (
              <tr key={y.period} data-period={y.period}>
                <th scope="row">{period(y.period)}</th>
                <td className="num">
                  {s ? usd(s.revenue) : r.unknown}
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
                <td className="num">{s ? withShare(s.fromInvestees.amount, s.fromInvestees.share) : "—"}</td>
                <td className="num">
                  {s ? withShare(y.ownMoneyBack.amount, y.ownMoneyBack.share ?? 0) : "—"}
                </td>
                <td className="num">
                  {s === null
                    ? "—"
                    : s.excess
                      ? fill(r.exceeds, { share: percent(s.excess.share) })
                      : withShare(s.outside.amount, s.outside.share)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{r.help}</p>
    </>
  );
}
