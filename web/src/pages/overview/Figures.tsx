/**
 * The overview's headline figures. Money and gigawatts come from the summary and paint at once; the
 * multiplier and the loop count need the loop search, and read "…" (busy) until it is done.
 */
import type { Basis } from "@core/flows/expand.ts";
import type { SummaryReport } from "@core/reports/summary-report.ts";
import { useI18n } from "../../i18n/index.ts";
import { LOOP_MAX_LENGTH } from "../../model/overview.ts";

type Props = {
  stats: SummaryReport;
  basis: Basis;
  /** undefined while the loops are searched (null: the multiplier cannot be traced). */
  multiplier: number | null | undefined;
  loopCount: number | undefined;
};

export function Figures({ stats, basis, multiplier, loopCount }: Props) {
  const { m, usd, usdRange, percent, ratio, number } = useI18n();
  const { money, gigawatts } = stats;
  const basisName = m(`web.basis.${basis}`);
  const busy = <span aria-busy="true">…</span>;
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="visually-hidden">
        {m("web.overview.figures")}
      </h2>
      <dl className="figures">
        <div data-figure="committed">
          <dt>{m("web.overview.committedMoney")}</dt>
          <dd className="big">{usd(money.committed.value)}</dd>
          <dd>
            {money.announced.value > 0
              ? m("web.overview.committedShare", {
                  share: percent(money.committed.value / money.announced.value),
                })
              : usd(money.paid.value)}
          </dd>
        </div>
        <div data-figure="announced">
          <dt>{m("web.overview.announcedMoney")}</dt>
          <dd className="big">{usd(money.announced.value)}</dd>
          <dd>{usdRange(money.announced)}</dd>
          <dd className="caveat">
            {m("web.overview.announcedCaveat", {
              estimated: usd(stats.moneyEstimated.announced.value),
              reported: usd(stats.moneyReportedOnly.value),
            })}
          </dd>
        </div>
        <div data-figure="gigawatts">
          <dt>{m("web.overview.gwCommittedTitle")}</dt>
          <dd className="big">{m("web.units.gw", { value: number(gigawatts.committed.value) })}</dd>
          <dd>
            {m("web.overview.gwAnnounced", {
              value: m("web.units.gw", { value: number(gigawatts.announced.value) }),
            })}
          </dd>
        </div>
        <div data-figure="multiplier">
          <dt>{m("web.overview.multiplier")}</dt>
          <dd className="big">
            {multiplier === undefined ? busy : m("web.units.times", { value: ratio(multiplier) })}
          </dd>
          <dd>{m("web.overview.multiplierHelp", { basis: basisName })}</dd>
        </div>
        <div data-figure="loops">
          <dt>{m("report.loops.title")}</dt>
          <dd className="big">{loopCount === undefined ? busy : number(loopCount, 0)}</dd>
          <dd>{m("web.overview.loopsHelp", { max: number(LOOP_MAX_LENGTH, 0), basis: basisName })}</dd>
        </div>
      </dl>
    </section>
  );
}
