/**
 * Beside the balance: the reference forecasts and observations (Goldman Sachs, McKinsey, ERCOT …) as
 * published, each with its source, and the cited parameters the energy bill is computed from.
 */
import type { PowerResult, ReferenceForecast } from "@core/power/balance.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { type I18n, useI18n } from "../../i18n/index.ts";

/** A published figure in its own unit: percentages as such, GW and years with their unit. */
export function referenceFigure(ref: ReferenceForecast, i18n: I18n): string {
  const { m, number, percent } = i18n;
  const v = ref.amount.value;
  switch (ref.unit) {
    case "percent":
      return percent(v / 100);
    case "percent-change":
      return `+${percent(v / 100, 0)}`;
    case "years":
    case "ratio":
    case "GW":
    case "MW":
      return m(`web.power.units.${ref.unit}`, { value: number(v) });
    case "USD":
      return i18n.usd(v);
    default:
      return number(v);
  }
}

export function ReferenceTable({ result, fileName }: { result: PowerResult; fileName: string }) {
  const i18n = useI18n();
  const { m, lang } = i18n;
  const header = [
    m("web.power.indicator"),
    m("web.power.by"),
    m("report.market.figure"),
    m("report.sheet.company.period"),
    m("report.sheet.company.refs"),
  ];
  const period = (r: ReferenceForecast) =>
    [
      r.period ?? "",
      r.baseYear !== undefined ? m("web.power.vsYear", { year: r.baseYear }) : "",
      r.region ?? "",
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <section aria-labelledby="references-heading">
      <h2 id="references-heading">{m("cli.power.references")}</h2>
      <p className="hint">{m("web.power.referencesHelp")}</p>
      <table className="table compact" data-table="references">
        <caption className="visually-hidden">{m("cli.power.references")}</caption>
        <TableHead columns={header} />
        <tbody>
          {result.references.map((r) => (
            <tr key={r.id} data-reference={r.id}>
              <th scope="row">{r.name[lang]}</th>
              <td>{r.by}</td>
              <td className="num">{referenceFigure(r, i18n)}</td>
              <td>
                <bdi dir="ltr">{period(r)}</bdi>
              </td>
              <td>
                <SourceLinks ids={r.sources} inline />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <CsvButton
          name={m("cli.power.references")}
          fileName={`${fileName}-references`}
          header={[
            m("web.power.indicator"),
            m("web.power.by"),
            "value",
            "unit",
            m("report.sheet.company.period"),
            m("report.sheet.company.refs"),
          ]}
          rows={() =>
            result.references.map((r) => [
              r.name[lang],
              r.by,
              r.amount.value,
              r.unit,
              period(r),
              r.sources.join(" "),
            ])
          }
        />
      </p>
    </section>
  );
}

export function ParameterTable({ result }: { result: PowerResult }) {
  const { m, number, percent, usd } = useI18n();
  const value = (p: PowerResult["parameters"][number]) =>
    p.unit === "percent"
      ? percent(p.value)
      : p.unit === "ratio"
        ? m("web.power.units.ratio", { value: number(p.value) })
        : p.unit === "USD-per-MWh"
          ? `${usd(p.value)}/MWh`
          : `${number(p.value)} ${p.unit}`;
  return (
    <section aria-labelledby="parameters-heading">
      <h2 id="parameters-heading">{m("web.power.parameters")}</h2>
      <p className="hint">{m("web.power.parametersHelp")}</p>
      {result.missingParameters.length > 0 ? (
        <p className="status error">{m("web.power.missing", { ids: result.missingParameters.join(", ") })}</p>
      ) : null}
      <table className="table compact" data-table="parameters">
        <TableHead
          columns={[
            m("web.power.parameter"),
            m("report.sheet.company.value"),
            m("report.sheet.company.refs"),
          ]}
        />
        <tbody>
          {result.parameters.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <code>{p.id}</code>
                {p.estimate ? <span className="tag">{m("report.common.estimate")}</span> : null}
              </th>
              <td className="num">{value(p)}</td>
              <td>
                <SourceLinks ids={p.sources} inline />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
