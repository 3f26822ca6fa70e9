/**
 * The power page's tables: the balance per year (the charts' text alternative), the campuses and deals
 * counted with their rule, the power records, the reference forecasts and the energy bill's
 * parameters — each with its sources and a CSV download of the rows shown.
 */
import type { PowerResult } from "@core/power/balance.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { SourceLinks } from "../../components/SourceLinks.tsx";
import { TableHead } from "../../components/TableHead.tsx";
import { dealTitle } from "../../data/model.ts";
import { useModel } from "../../data/use-model.ts";
import { useI18n } from "../../i18n/index.ts";

const dash = "—";

export function PowerYearsTable({ result, fileName }: { result: PowerResult; fileName: string }) {
  const { m, number, percent, usd, year } = useI18n();
  const delayed = result.delay !== undefined;
  const header = [
    m("report.common.year"),
    m("web.power.committed"),
    m("cli.power.naive"),
    m("web.power.same"),
    m("web.power.secured"),
    m("web.power.unknown"),
    m("web.power.coverage"),
    m("web.power.stranded"),
    m("web.power.offGrid"),
    ...(delayed ? [m("web.power.delayedGw")] : []),
    m("web.power.energy"),
    m("web.power.bill"),
  ];
  return (
    <table className="table compact" data-table="power-years">
      <caption>
        {m("web.power.yearsTable")}{" "}
        <CsvButton
          name={m("web.power.yearsTable")}
          fileName={fileName}
          header={header}
          rows={() =>
            result.years.map((y) => [
              y.year,
              y.capacityGw,
              y.naiveGw,
              y.sameGw,
              y.securedGw,
              y.unknownPowerGw,
              y.coverage,
              y.strandedGw,
              y.offGridShare,
              ...(delayed ? [y.delayedGw] : []),
              y.energyMwh === null ? null : y.energyMwh / 1e6,
              y.energyBillUsd,
            ])
          }
        />
      </caption>
      <TableHead columns={header} />
      <tbody>
        {result.years.map((y) => (
          <tr key={y.year} data-year={y.year}>
            <th scope="row">{year(y.year)}</th>
            <td className="num">{number(y.capacityGw)}</td>
            <td className="num">{number(y.naiveGw)}</td>
            <td className="num">{number(y.sameGw)}</td>
            <td className="num">{number(y.securedGw)}</td>
            <td className="num">{number(y.unknownPowerGw)}</td>
            <td className="num">{y.coverage === null ? dash : percent(y.coverage)}</td>
            <td className="num">{number(y.strandedGw)}</td>
            <td className="num">{y.offGridShare === null ? dash : percent(y.offGridShare)}</td>
            {delayed ? (
              <td className="num" data-delayed={y.delayedGw}>
                {number(y.delayedGw)}
              </td>
            ) : null}
            <td className="num">{y.energyMwh === null ? dash : number(y.energyMwh / 1e6, 1)}</td>
            <td className="num">{y.energyBillUsd === null ? dash : usd(y.energyBillUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A campus's name: its sites' names, else the title of the deal its first flow belongs to. */
function useCampusName() {
  const model = useModel();
  const { lang } = useI18n();
  const sites = new Map(model.dataset.sites.map((s) => [s.id, s.name[lang]]));
  return {
    site: (id: string) => sites.get(id) ?? id,
    campus: (siteIds: readonly string[], flows: readonly string[], id: string) =>
      siteIds.length > 0
        ? siteIds.map((s) => sites.get(s) ?? s).join(" + ")
        : dealTitle(model, (flows[0] ?? id).split("/")[0] ?? id, lang),
    deal: (id: string) => dealTitle(model, id, lang),
  };
}

export function CampusTable({ result, fileName }: { result: PowerResult; fileName: string }) {
  const { m, mOr, number, year } = useI18n();
  const names = useCampusName();
  const rows = result.campuses.filter((c) => c.capacityGw > 0 || c.securedGw > 0);
  const header = [
    m("web.power.campus"),
    m("web.power.layer"),
    m("web.power.rule"),
    m("web.power.ownGw"),
    m("web.power.committed"),
    m("web.power.sameAs"),
    m("web.power.secured"),
    m("web.power.powerInfo"),
    m("report.sheet.company.refs"),
  ];
  const byId = new Map(result.campuses.map((c) => [c.id, c]));
  const hostName = (id: string) => {
    const host = byId.get(id);
    return host ? names.campus(host.sites, host.flows, host.id) : id;
  };
  return (
    <section aria-labelledby="campuses-heading">
      <h2 id="campuses-heading">{m("web.power.campuses")}</h2>
      <p className="hint">{m("web.power.campusesHelp", { year: year(result.toYear) })}</p>
      <table className="table compact" data-table="campuses">
        <caption className="visually-hidden">{m("web.power.campuses")}</caption>
        <TableHead columns={header} />
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-delayed={c.delayed ? "1" : "0"}>
              <th scope="row">
                {names.campus(c.sites, c.flows, c.id)}
                {c.delayed ? <span className="tag">{m("web.power.delayedMark")}</span> : null}
              </th>
              <td>{mOr(`web.power.layers.${c.layer}`, c.layer)}</td>
              <td>{m(`web.power.rules.${c.rule}`)}</td>
              <td className="num">{number(c.capacityGw)}</td>
              <td className="num">{number(c.countedGw)}</td>
              <td>
                {c.sameAs.length === 0
                  ? dash
                  : c.sameAs.map((x) => `${hostName(x.host)} ${number(x.gw)}`).join("; ")}
              </td>
              <td className="num">{number(c.securedGw)}</td>
              <td>{c.powerKnown ? m("cli.power.known") : m("report.tracker.stages.unknown")}</td>
              <td>
                <SourceLinks ids={c.sources} inline />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <CsvButton
          name={m("web.power.campuses")}
          fileName={`${fileName}-campuses`}
          header={[...header.slice(0, 8), "delayed", "sites", "flows", "sources"]}
          rows={() =>
            rows.map((c) => [
              names.campus(c.sites, c.flows, c.id),
              c.layer,
              c.rule,
              c.capacityGw,
              c.countedGw,
              c.sameAs.map((x) => `${x.host} ${x.gw}`).join("; "),
              c.securedGw,
              c.powerKnown,
              c.delayed,
              c.sites.join(" "),
              c.flows.join(" "),
              c.sources.join(" "),
            ])
          }
        />
      </p>
    </section>
  );
}

export function SupplyTable({ result, fileName }: { result: PowerResult; fileName: string }) {
  const { m, number } = useI18n();
  const names = useCampusName();
  const header = [
    m("web.power.campus"),
    m("report.common.kind"),
    m("cli.power.gw"),
    m("web.power.date"),
    m("report.common.status"),
    m("web.power.counted"),
    m("report.sheet.company.refs"),
  ];
  const place = (s: PowerResult["supply"][number]) =>
    s.site ? names.site(s.site) : names.deal(s.deal ?? s.id);
  return (
    <section aria-labelledby="supply-heading">
      <h2 id="supply-heading">{m("web.power.supplyTable")}</h2>
      <table className="table compact" data-table="supply">
        <caption className="visually-hidden">{m("web.power.supplyTable")}</caption>
        <TableHead columns={header} />
        <tbody>
          {result.supply.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {place(s)}
                {s.delayed ? <span className="tag">{m("web.power.delayedMark")}</span> : null}
              </th>
              <td>{m(`web.power.kinds.${s.kind}`)}</td>
              <td className="num">{number(s.gw, 3)}</td>
              <td>{s.date ?? m("web.power.undated")}</td>
              <td>{m(`web.power.statuses.${s.status ?? "none"}`)}</td>
              <td>{s.secured && s.date ? m("cli.yes") : m("report.sheet.company.noDefault")}</td>
              <td>
                <SourceLinks ids={s.sources} inline />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <CsvButton
          name={m("web.power.supplyTable")}
          fileName={`${fileName}-supply`}
          header={header}
          rows={() =>
            result.supply.map((s) => [
              place(s),
              s.kind,
              s.gw,
              s.date,
              s.status,
              s.secured && s.date !== undefined,
              s.sources.join(" "),
            ])
          }
        />
      </p>
    </section>
  );
}
