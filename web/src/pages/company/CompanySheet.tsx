/**
 * The sections of a company sheet (CompanyReport): financials, deals in and out with what is left out
 * and why, what falls due by year, circularity, loops, sites, stress losses and the numbered sources.
 * Section titles and reasons come from the catalogue the command line uses (src/i18n sheets), so the
 * page and `halqa company` say the same thing.
 */
import type { Amount } from "@core/dataset/figures.ts";
import type { CompanyDeal, CompanyReport } from "@core/reports/company-report.ts";
import { listSeparator } from "@i18n/format.ts";
import { TableHead } from "../../components/TableHead.tsx";
import { entityName } from "../../data/model.ts";
import { useModel } from "../../data/use-model.ts";
import { type I18n, useI18n } from "../../i18n/index.ts";
import { NumberedSources, Refs, reasonText } from "./sheet-parts.tsx";

export function amountText(i18n: I18n, amount: Amount, unit = "USD"): string {
  if (unit === "USD") return i18n.usdRange(amount);
  if (unit === "percent" || unit === "percent-change") {
    const pct = (n: number) => i18n.percent(n / 100);
    return amount.low === amount.high
      ? pct(amount.value)
      : `${pct(amount.value)} (${pct(amount.low)}–${pct(amount.high)})`;
  }
  const one = (n: number) => i18n.number(n, 2);
  return amount.low === amount.high
    ? `${one(amount.value)} ${unit}`
    : `${one(amount.value)} (${one(amount.low)}–${one(amount.high)}) ${unit}`;
}

function DealTable({
  title,
  deals,
  id,
  report,
}: {
  title: string;
  deals: CompanyDeal[];
  id: string;
  report: CompanyReport;
}) {
  const i18n = useI18n();
  const model = useModel();
  const { lang, label, m } = i18n;
  return (
    <section className="panel" aria-labelledby={`h-${id}`} data-section={id}>
      <h2 id={`h-${id}`}>{title}</h2>
      {deals.length === 0 ? (
        <p className="hint">{m("report.sheet.company.noDeals")}</p>
      ) : (
        <div className="scroll">
          <table className="table compact">
            <TableHead
              columns={[
                m("report.common.deal"),
                m("report.sheet.company.counterparty"),
                m("report.common.status"),
                m("report.sheet.company.counted"),
                m("report.sheet.company.leftOut"),
                m("report.sheet.company.refs"),
              ]}
            />
            <tbody>
              {deals.map((d) => (
                <tr key={d.deal} data-deal={d.deal}>
                  <th scope="row">{d.title[lang]}</th>
                  <td>{i18n.list(d.counterparties.map((c) => entityName(model, c, lang)))}</td>
                  <td>{label("status", d.status ?? "unreported")}</td>
                  <td className="num">
                    {amountText(i18n, d.counted)}
                    {d.estimate ? ` (${m("report.sheet.company.estimate")})` : ""}
                  </td>
                  <td>
                    {d.excluded.map((e) => (
                      <div key={`${e.reason}-${e.amount.value}`}>
                        <span className="num">{amountText(i18n, e.amount)}</span>:{" "}
                        {reasonText(lang, e, model)}
                      </div>
                    ))}
                  </td>
                  <td>
                    <Refs ids={d.sources} sources={report.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function CompanySheet({ report }: { report: CompanyReport }) {
  const i18n = useI18n();
  const model = useModel();
  const { lang, label, percent, m, mOr } = i18n;
  const name = (id: string) => entityName(model, id, lang);
  const sep = listSeparator(lang);
  const c = report.circularity;
  return (
    <div className="company-sheet" data-entity={report.entity.id} data-sources={report.sources.length}>
      <h2>
        {m("report.sheet.company.title", {
          name: report.entity.name[lang],
          ticker: report.entity.ticker,
          kind: label("entityKind", report.entity.kind),
        })}
      </h2>
      <p className="hint">
        {m("report.sheet.company.settings", {
          asOf: i18n.date(report.asOf),
          basis: m(`report.common.${report.basis}`),
          year: report.year === null ? null : String(report.year),
        })}
      </p>
      {report.entity.note ? <p className="hint">{report.entity.note}</p> : null}

      <section className="panel" aria-labelledby="h-financials" data-section="financials">
        <h2 id="h-financials">{m("report.sheet.company.financials")}</h2>
        {report.financials.length === 0 ? (
          <p className="hint">{m("report.sheet.company.noFinancials")}</p>
        ) : (
          <div className="scroll">
            <table className="table compact">
              <TableHead
                columns={[
                  m("report.sheet.company.metric"),
                  m("report.sheet.company.period"),
                  m("report.sheet.company.value"),
                  m("report.sheet.company.notes"),
                  m("report.sheet.company.refs"),
                ]}
              />
              <tbody>
                {report.financials.map((f) => (
                  <tr
                    key={`${f.metric}-${f.label ?? ""}-${f.counterparty ?? ""}-${f.period}-${f.sources.join(",")}`}
                  >
                    <th scope="row">
                      {[
                        mOr(`report.sheet.company.metrics.${f.metric}`, f.metric),
                        f.label,
                        f.counterparty ? name(f.counterparty) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </th>
                    <td>
                      <bdi>{f.period}</bdi>
                    </td>
                    <td className="num">{amountText(i18n, f.amount, f.unit)}</td>
                    <td>
                      {[
                        f.forecast ? m("report.sheet.company.forecast") : "",
                        f.estimate ? m("report.sheet.company.estimate") : "",
                      ]
                        .filter(Boolean)
                        .join(sep)}
                      {f.alternatives.map((a) => (
                        <div key={a.sources.join(",")} className="hint">
                          {amountText(i18n, a.amount, f.unit)}{" "}
                          <Refs ids={a.sources} sources={report.sources} />
                        </div>
                      ))}
                    </td>
                    <td>
                      <Refs ids={f.sources} sources={report.sources} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <DealTable
        title={m("report.sheet.company.dealsIn")}
        deals={report.deals.in}
        id="deals-in"
        report={report}
      />
      <DealTable
        title={m("report.sheet.company.dealsOut")}
        deals={report.deals.out}
        id="deals-out"
        report={report}
      />
      <p>
        {m("report.sheet.company.totals", {
          receives: i18n.usdRange(report.totals.receives),
          pays: i18n.usdRange(report.totals.pays),
        })}
      </p>
      {report.deals.other.length > 0 ? (
        <details className="panel">
          <summary>
            {m("report.sheet.company.dealsOther")} ({i18n.number(report.deals.other.length, 0)})
          </summary>
          <ul>
            {report.deals.other.map((d) => (
              <li key={d.deal}>
                {d.title[lang]} · {label("status", d.status ?? "unreported")} ·{" "}
                {d.roles.map((r) => mOr(`report.sheet.company.partyRole.${r}`, r)).join(sep)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {report.byYear.length > 0 ? (
        <section className="panel" aria-labelledby="h-by-year" data-section="by-year">
          <h2 id="h-by-year">{m("report.sheet.company.byYear")}</h2>
          <table className="table compact">
            <TableHead
              columns={[
                m("report.common.year"),
                m("report.sheet.company.receives"),
                m("report.sheet.company.pays"),
              ]}
            />
            <tbody>
              {report.byYear.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{i18n.year(y.year)}</th>
                  <td className="num">{i18n.usdRange(y.receives)}</td>
                  <td className="num">{i18n.usdRange(y.pays)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="h-circ" data-section="circularity">
        <h2 id="h-circ">{m("report.sheet.company.circularity")}</h2>
        {c ? (
          <>
            <p>
              {m("report.sheet.company.circularLine", {
                through: i18n.usd(c.receipts),
                inflow: i18n.usd(c.inflow),
                extra: i18n.usd(c.outside),
                self: percent(c.selfShare),
                outside: percent(c.outsideShare),
              })}
            </p>
            <p className="hint">
              {m("report.sheet.company.topOrigins", {
                origins: c.origins
                  .slice(0, 5)
                  .map((o) => `${name(o.origin)} ${percent(o.share)}`)
                  .join(sep),
              })}
            </p>
          </>
        ) : (
          <p className="hint">{m("report.sheet.company.noReceipts")}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="h-loops" data-section="loops">
        <h2 id="h-loops">{m("report.sheet.company.loops")}</h2>
        {report.loops.found === 0 ? (
          <p className="hint">{m("report.sheet.company.noLoops")}</p>
        ) : (
          <>
            <p>
              {m("report.sheet.company.loopsFound", {
                found: i18n.number(report.loops.found, 0),
                shown: i18n.number(report.loops.shown.length, 0),
              })}
            </p>
            <ol>
              {report.loops.shown.map((loop) => (
                <li key={loop.entities.join(">")}>
                  {[...loop.entities, loop.entities[0] as string]
                    .map(name)
                    .join(` ${i18n.m("web.units.arrow")} `)}{" "}
                  · {m("cli.bottleneck")} <span className="num">{i18n.usd(loop.bottleneck)}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="h-sites" data-section="sites">
        <h2 id="h-sites">{m("report.sheet.company.sites")}</h2>
        {report.sites.length === 0 ? (
          <p className="hint">{m("report.sheet.company.noSites")}</p>
        ) : (
          <ul>
            {report.sites.map((s) => (
              <li key={s.id}>
                <strong>{s.name[lang]}</strong> (
                {s.roles.map((r) => mOr(`report.sheet.company.role.${r}`, r)).join(sep)};{" "}
                {[s.region, s.country].filter(Boolean).join(sep)}) · {m("report.sheet.company.capacity")}:{" "}
                {s.capacity ? (
                  <>
                    {amountText(i18n, s.capacity.amount, s.capacity.unit)} ({i18n.date(s.capacity.date)}){" "}
                    <Refs ids={s.capacity.sources} sources={report.sources} />
                  </>
                ) : (
                  m("report.sheet.company.notYet")
                )}
                {s.power.length > 0
                  ? ` · ${m("report.sheet.company.power")}: ${s.power.map((p) => amountText(i18n, p.amount, p.unit)).join(sep)}`
                  : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="h-stress" data-section="stress">
        <h2 id="h-stress">{m("report.sheet.company.stress")}</h2>
        {report.stress.length === 0 ? (
          <p className="hint">{m("report.sheet.company.noStress")}</p>
        ) : (
          <table className="table compact">
            <TableHead
              columns={[
                m("report.sheet.company.scenario"),
                m("report.sheet.company.loss"),
                m("report.sheet.company.shareOfCapital"),
                m("report.sheet.company.defaulted"),
              ]}
            />
            <tbody>
              {report.stress.map((s) => (
                <tr key={s.scenario}>
                  <th scope="row">{s.title[lang]}</th>
                  <td className="num">
                    {s.loss === null
                      ? mOr(`report.sheet.company.failure.${s.failure ?? ""}`, s.failure ?? "")
                      : i18n.usd(s.loss)}
                  </td>
                  <td className="num">{s.share === null ? "—" : percent(s.share)}</td>
                  <td>
                    {s.defaultWave === null
                      ? m("report.sheet.company.noDefault")
                      : m("report.sheet.company.defaultWave", { wave: s.defaultWave })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <NumberedSources sources={report.sources} title={m("report.sheet.company.sources")} />
    </div>
  );
}
