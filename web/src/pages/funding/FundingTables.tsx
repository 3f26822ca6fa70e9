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
  const { m, usd, year } = useI18n();
  const header = [
    m("report.common.year"),
    m("web.funding.revenue"),
    m("web.funding.revenueFrom"),
    m("web.funding.due"),
    m("web.funding.other"),
    m("web.funding.costRule"),
    m("web.funding.ocf"),
    m("web.funding.financing"),
    m("web.funding.gap"),
    m("web.funding.burn"),
    m("web.funding.cash"),
  ];
  return (
    <table className="table compact" data-table="funding-years">
      <caption>
        {m("cli.funding.years")}{" "}
        <CsvButton
          name={m("cli.funding.years")}
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
              <td colSpan={2}>{m("cli.funding.missingYear")}</td>
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
                  {m(`web.funding.revenueSources.${y.revenueSource ?? "projected"}`)}
                </span>
              </td>
              <td className="num">{usd(y.commitmentsDue)}</td>
              <td className="num">{usd(y.otherCosts)}</td>
              <td>{y.costRule ? m(`cli.funding.rules.${y.costRule}`) : ""}</td>
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
  const { m, usd, year, label } = useI18n();
  const types = financingTypes(report.years);
  if (types.length === 0) return <p className="hint">{m("web.funding.noFinancing")}</p>;
  const header = [
    m("report.common.year"),
    ...types.map((type) => label("dealType", type)),
    m("web.funding.financing"),
  ];
  const rows = report.years.filter((y) => y.financing > 0);
  return (
    <table className="table compact" data-table="financing">
      <caption>
        {m("web.funding.financingTable")}{" "}
        <CsvButton
          name={m("web.funding.financingTable")}
          fileName={`${fileName}-financing`}
          header={[m("report.common.year"), ...types, "total"]}
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
  const { m, number, percent, usd } = useI18n();
  type Cited = FundingReport["costRatio"];
  const row = (name: string, p: Cited, show: (v: number) => string, none: string) => (
    <tr>
      <th scope="row">{name}</th>
      <td className="num">
        {p ? show(p.value) : none}
        {p?.estimate ? <span className="tag">{m("report.common.estimate")}</span> : null}
        {p?.overridden ? <span className="tag">{m("web.funding.setHere")}</span> : null}
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
      <h2 id="assumptions-heading">{m("report.stress.assumptions")}</h2>
      <table className="table compact" data-table="assumptions">
        <TableHead
          columns={[
            m("report.stress.assumption"),
            m("report.sheet.company.value"),
            m("report.sheet.company.refs"),
          ]}
        />
        <tbody>
          {row(m("web.funding.growth"), report.growth, (v) => percent(v), m("web.funding.growthNone"))}
          {row(m("web.funding.costRatio"), report.costRatio, (v) => number(v, 2), "—")}
          {row(m("web.funding.horizon"), report.commitmentYears, (v) => number(v, 0), "—")}
          <tr>
            <th scope="row">{m("web.funding.startingCash")}</th>
            <td className="num">
              {report.startingCashSource ? (
                <>
                  {usd(report.startingCash)} (<bdi dir="ltr">{report.startingCashSource.period}</bdi>)
                </>
              ) : (
                m("web.funding.cashUnknown")
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
  const { m, mOr, usd, year } = useI18n();
  const metric = (id: string) => mOr(`web.funding.metrics.${id}`, id);
  const header = [
    m("web.funding.metric"),
    m("report.sheet.company.period"),
    m("report.sheet.company.value"),
    m("web.funding.flags"),
    m("report.sheet.company.refs"),
  ];
  return (
    <section aria-labelledby="reported-heading">
      <h2 id="reported-heading">{m("web.funding.reported")}</h2>
      <p className="hint">{m("web.funding.reportedHelp")}</p>
      <table className="table compact" data-table="reported">
        <caption className="visually-hidden">{m("web.funding.reported")}</caption>
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
                {f.forecast ? <span className="tag">{m("cli.funding.forecast")}</span> : null}
                {f.estimate ? <span className="tag">{m("report.common.estimate")}</span> : null}
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
          name={m("web.funding.reported")}
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
          <caption>{m("cli.funding.reconciliation")}</caption>
          <TableHead
            columns={[
              m("web.funding.metric"),
              m("report.sheet.company.period"),
              m("web.funding.reportedValue"),
              m("web.funding.model"),
              m("web.funding.difference"),
              m("web.funding.why"),
            ]}
          />
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
                <td>
                  {c.years.map((y) => `${year(y.year)}: ${m(`cli.funding.reasons.${y.reason}`)}`).join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
