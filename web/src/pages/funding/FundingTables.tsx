/**
 * The funding view's tables: the model per year (revenue marked reported / forecast / projected), the
 * financing lined up by source, the assumptions with their sources, and the company's reported
 * figures beside the model with the model's burn reconciled against each — each downloadable as CSV.
 */
import type { FundingReport } from "@core/reports/funding-report.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { useI18n } from "../../i18n/index.ts";
import { financingTypes } from "../../model/funding.ts";

type Props = { report: FundingReport; fileName: string };

export function FundingYearsTable({ report, fileName }: Props) {
  const { t, usd, year } = useI18n();
  const w = t.funding;
  const header = [
    w.year,
    w.revenue,
    w.revenueFrom,
    w.due,
    w.other,
    w.costRule,
    w.ocf,
    w.financing,
    w.gap,
    w.burn,
    w.cash,
  ];
  return (
    <table className="table compact" data-table="funding-years">
      <caption>
        {w.yearsTable}{" "}
        <CsvButton
          name={w.yearsTable}
          fileName={fileName}
          header={header}
          rows={() =>
            report.years.map((y) => [
              y.year,
              y.missing ? null : y.revenue,
              y.revenueSource,
              y.commitmentsDue,
              y.missing ? null : y.otherCosts,
              y.costRule,
              y.missing ? null : y.operatingCashFlow,
              y.financing,
              y.missing ? null : y.gap,
              y.missing ? null : y.cumulativeBurn,
              y.missing ? null : y.cash,
            ])
          }
        />
      </caption>
      <TableHead columns={header} />
      <tbody>
        {report.years.map((y) =>
          y.missing ? (
            <tr key={y.year} data-year={y.year} className="missing">
              <th scope="row">{year(y.year)}</th>
              <td colSpan={2}>{w.missingYear}</td>
              <td className="num">{usd(y.commitmentsDue)}</td>
              <td colSpan={3} />
              <td className="num">{usd(y.financing)}</td>
              <td colSpan={3} />
            </tr>
          ) : (
            <tr key={y.year} data-year={y.year} data-source={y.revenueSource ?? ""}>
              <th scope="row">{year(y.year)}</th>
              <td className="num" data-cell="revenue">
                {usd(y.revenue)}
              </td>
              <td>
                <span className={`tag source-${y.revenueSource}`}>
                  {w.revenueSources[y.revenueSource ?? "projected"]}
                </span>
              </td>
              <td className="num">{usd(y.commitmentsDue)}</td>
              <td className="num">{usd(y.otherCosts)}</td>
              <td>{y.costRule ? w.costRules[y.costRule] : ""}</td>
              <td className="num" data-cell="ocf">
                {usd(y.operatingCashFlow)}
              </td>
              <td className="num">{usd(y.financing)}</td>
              <td className="num" data-cell="gap">
                {usd(y.gap)}
              </td>
              <td className="num">{usd(y.cumulativeBurn)}</td>
              <td className="num">{usd(y.cash)}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

export function FinancingTable({ report, fileName }: Props) {
  const { t, usd, year, label } = useI18n();
  const w = t.funding;
  const types = financingTypes(report.years);
  if (types.length === 0) return <p className="hint">{w.noFinancing}</p>;
  const header = [w.year, ...types.map((type) => label("dealType", type)), w.financing];
  const rows = report.years.filter((y) => y.financing > 0);
  return (
    <table className="table compact" data-table="financing">
      <caption>
        {w.financingTable}{" "}
        <CsvButton
          name={w.financingTable}
          fileName={`${fileName}-financing`}
          header={[w.year, ...types, "total"]}
          rows={() =>
            rows.map((y) => [y.year, ...types.map((type) => y.financingByType[type] ?? 0), y.financing])
          }
        />
      </caption>
      <TableHead columns={header} />
      <tbody>
        {rows.map((y) => (
          <tr key={y.year}>
            <th scope="row">{year(y.year)}</th>
            {types.map((type) => (
              <td key={type} className="num">
                {usd(y.financingByType[type] ?? 0)}
              </td>
            ))}
            <td className="num">{usd(y.financing)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AssumptionsTable({ report }: { report: FundingReport }) {
  const { t, number, percent, usd } = useI18n();
  const w = t.funding;
  type Cited = FundingReport["costRatio"];
  const row = (name: string, p: Cited, show: (v: number) => string, none: string) => (
    <tr>
      <th scope="row">{name}</th>
      <td className="num">
        {p ? show(p.value) : none}
        {p?.estimate ? <span className="tag">{w.estimate}</span> : null}
        {p?.overridden ? <span className="tag">{w.setHere}</span> : null}
      </td>
      <td>
        {p && !p.overridden ? (
          <>
            <code>{p.id}</code> <SourceLinks ids={p.sources} inline />
          </>
        ) : null}
      </td>
    </tr>
  );
  return (
    <section aria-labelledby="assumptions-heading">
      <h2 id="assumptions-heading">{w.assumptions}</h2>
      <table className="table compact" data-table="assumptions">
        <TableHead columns={[w.assumption, w.value, w.sources]} />
        <tbody>
          {row(w.growth, report.growth, (v) => percent(v), w.growthNone)}
          {row(w.costRatio, report.costRatio, (v) => number(v, 2), "—")}
          {row(w.horizon, report.commitmentYears, (v) => number(v, 0), "—")}
          <tr>
            <th scope="row">{w.startingCash}</th>
            <td className="num">
              {report.startingCashSource ? (
                <>
                  {usd(report.startingCash)} (<bdi dir="ltr">{report.startingCashSource.period}</bdi>)
                </>
              ) : (
                w.cashUnknown
              )}
            </td>
            <td>
              {report.startingCashSource ? (
                <SourceLinks ids={report.startingCashSource.sources} inline />
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

export function ReportedTable({ report, fileName }: Props) {
  const { t, usd, year } = useI18n();
  const w = t.funding;
  const metric = (m: string) => (w.metrics as Record<string, string>)[m] ?? m;
  const header = [w.metric, w.period, w.value, w.flags, w.sources];
  return (
    <section aria-labelledby="reported-heading">
      <h2 id="reported-heading">{w.reported}</h2>
      <p className="hint">{w.reportedHelp}</p>
      <table className="table compact" data-table="reported">
        <caption className="visually-hidden">{w.reported}</caption>
        <TableHead columns={header} />
        <tbody>
          {report.reported.map((f) => (
            <tr
              key={`${f.metric}/${f.period}/${f.sources.join()}`}
              data-metric={f.metric}
              data-period={f.period}
            >
              <th scope="row">{metric(f.metric)}</th>
              <td>
                <bdi dir="ltr">{f.period}</bdi>
              </td>
              <td className="num" data-value={f.value}>
                {usd(f.value)}
              </td>
              <td>
                {f.forecast ? <span className="tag">{w.forecast}</span> : null}
                {f.estimate ? <span className="tag">{w.estimate}</span> : null}
              </td>
              <td>
                <SourceLinks ids={f.sources} inline />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <CsvButton
          name={w.reported}
          fileName={`${fileName}-reported`}
          header={header}
          rows={() =>
            report.reported.map((f) => [
              f.metric,
              f.period,
              f.value,
              [f.forecast ? "forecast" : "", f.estimate ? "estimate" : ""].filter(Boolean).join(" "),
              f.sources.join(" "),
            ])
          }
        />
      </p>
      {report.reconciliation.length > 0 ? (
        <table className="table compact" data-table="checks">
          <caption>{w.checks}</caption>
          <TableHead columns={[w.metric, w.period, w.reportedValue, w.model, w.difference, w.why]} />
          <tbody>
            {report.reconciliation.map((c) => (
              <tr key={`${c.metric} ${c.period}`}>
                <th scope="row">{metric(c.metric)}</th>
                <td>
                  <bdi dir="ltr">{c.period}</bdi>
                </td>
                <td className="num">{usd(c.reported)}</td>
                <td className="num">{usd(c.model)}</td>
                <td className="num">{usd(c.difference)}</td>
                <td>{c.years.map((y) => `${year(y.year)}: ${w.reasons[y.reason]}`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
