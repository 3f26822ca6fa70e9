/**
 * Power: GW of compute committed per year against the power secured for it, stacked by kind of power,
 * the coverage and stranded GW, the off-grid share and the energy bill, and the report's tables
 * (power/PowerTables.tsx: the campuses counted, the power records, the reference forecasts …). A grid-delay slider (and a region) recomputes everything in the browser
 * with src/core/power, the engine of `halqa power` and GET /api/power.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { Chart } from "../charts/Chart.tsx";
import { JsonButton } from "../components/JsonButton.tsx";
import { Slider } from "../components/Slider.tsx";
import { YearWindow } from "../components/YearWindow.tsx";
import { useDataText } from "../data/use-data-text.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { type PowerSettings, powerPage, siteRegions } from "../model/power.ts";
import { hrefFor, useView } from "../state/use-view.ts";
import { MAX_DELAY } from "../state/view.ts";
import { PowerTables } from "./power/PowerTables.tsx";
import { balanceOption, coverageOption } from "./power/power-charts.ts";

/** The slider's usual reach; a longer delay from the URL widens it. */
const SLIDER_MONTHS = 60;

export default function Power() {
  const model = useModel();
  const i18n = useI18n();
  const { m, number, percent, usd, year } = i18n;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  // A region reads in the page's language (the data's translation memory); its value stays the id.
  const place = useDataText();
  const regions = useMemo(() => siteRegions(model.dataset), [model]);
  const region = view.region !== null && regions.includes(view.region) ? view.region : null;
  const settings = useMemo<PowerSettings>(
    () => ({
      basis: view.basis,
      asOf,
      fromYear: view.firstYear,
      toYear: view.lastYear,
      delayMonths: view.delay,
      region,
    }),
    [view.basis, asOf, view.firstYear, view.lastYear, view.delay, region],
  );
  // The slider answers at once; the page's charts and tables follow as soon as React has time.
  const deferred = useDeferredValue(settings);
  const data = useMemo(() => powerPage(model.dataset, deferred), [model, deferred]);
  // The charts' width (both stand in the page's one column): a phone's wraps their legends.
  const [chartWidth, setChartWidth] = useState(0);
  const balance = useMemo(() => balanceOption(data, i18n, chartWidth), [data, i18n, chartWidth]);
  const coverage = useMemo(() => coverageOption(data, i18n, chartWidth), [data, i18n, chartWidth]);
  const { result } = data;
  const last = result.years[result.years.length - 1];
  const worst = result.years.reduce<(typeof result.years)[number] | undefined>(
    (a, y) => (a === undefined || y.delayedGw > a.delayedGw ? y : a),
    undefined,
  );
  const gw = (v: number) => m("web.units.gw", { value: number(v) });
  const fileName = `halqa-power-${view.basis}-${view.firstYear}-${view.lastYear}${view.delay ? `-delay${view.delay}` : ""}`;
  const span = { from: year(view.firstYear), to: year(view.lastYear) };

  return (
    <article className="page power">
      <h1>{m("web.power.heading")}</h1>
      <p className="intro">{m("web.power.intro")}</p>
      <div className="page-controls">
        <YearWindow view={view} setView={setView} />
        <JsonButton name={m("web.power.heading")} fileName={fileName} value={() => result} />
        <a href={hrefFor({ page: "funding" })}>{m("web.power.linkFunding")}</a>
      </div>
      {last ? (
        <section aria-labelledby="power-figures">
          <h2 id="power-figures" className="visually-hidden">
            {m("web.power.figures")}
          </h2>
          <dl className="figures">
            <div data-figure="committed" data-value={last.capacityGw}>
              <dt>{m("web.power.committedIn", { year: year(last.year) })}</dt>
              <dd className="big">{gw(last.capacityGw)}</dd>
              <dd>{m("web.power.summedIn", { value: gw(last.naiveGw) })}</dd>
              <dd>
                {m("web.power.securedIn")}: {gw(last.securedGw)}
              </dd>
              {result.undated ? (
                <dd data-undated={result.undated.deliveries.length}>
                  {m("web.power.undatedIn", {
                    gw: gw(result.undated.deliveries.reduce((sum, d) => sum + d.gw, 0)),
                    added: gw(result.undated.addedGw),
                    year: year(result.undated.lastYear),
                  })}
                </dd>
              ) : null}
            </div>
            <div data-figure="coverage" data-value={last.coverage ?? ""}>
              <dt>{m("web.power.coverageIn", { year: year(last.year) })}</dt>
              <dd className="big">
                {last.coverage === null ? m("web.deal.noFigure") : percent(last.coverage)}
              </dd>
              <dd>
                {m("web.power.unknown")}: {gw(last.unknownPowerGw)}
              </dd>
            </div>
            <div data-figure="stranded" data-value={last.strandedGw}>
              <dt>{m("web.power.strandedIn", { year: year(last.year) })}</dt>
              <dd className="big">{gw(last.strandedGw)}</dd>
              <dd>
                {m("web.power.offGridIn", { year: year(last.year) })}:{" "}
                {last.offGridShare === null ? m("web.deal.noFigure") : percent(last.offGridShare)}
              </dd>
            </div>
            <div data-figure="bill" data-value={last.energyBillUsd ?? ""}>
              <dt>{m("web.power.billIn", { year: year(last.year) })}</dt>
              <dd className="big">
                {last.energyBillUsd === null ? m("web.deal.noFigure") : usd(last.energyBillUsd)}
              </dd>
              <dd>
                {last.energyMwh === null
                  ? ""
                  : m("web.power.twh", { value: number(last.energyMwh / 1e6, 0) })}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}

      <section className="panel power-delay" aria-labelledby="delay-heading">
        <h2 id="delay-heading">{m("web.power.delayHeading")}</h2>
        <p className="hint" id="delay-help">
          {m("web.power.delayHelp")}
        </p>
        <div className="delay-controls">
          <Slider
            id="delay"
            label={m("web.power.delayLabel")}
            min={0}
            max={Math.max(SLIDER_MONTHS, Math.min(MAX_DELAY, view.delay))}
            step={1}
            value={view.delay}
            valueText={m("web.power.delayValue", { months: view.delay })}
            describedBy="delay-help"
            onChange={(delay, mode) => setView({ delay }, mode)}
          />
          <label>
            {m("web.power.region")}
            <select
              name="region"
              value={region ?? ""}
              onChange={(e) => setView({ region: e.target.value || null })}
            >
              <option value="">{m("web.power.allRegions")}</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {place(r)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p
          className="lead"
          role="status"
          data-figure="delayed"
          data-value={worst?.delayedGw ?? 0}
          data-sites={result.delay?.sites.length ?? 0}
        >
          {result.delay === undefined
            ? m("web.power.noDelay")
            : worst && worst.delayedGw > 0
              ? m("web.power.delayed", {
                  gw: gw(worst.delayedGw),
                  year: year(worst.year),
                  count: number(result.delay.sites.length, 0),
                })
              : m("web.power.delayedNone", {
                  months: result.delay.months,
                  count: number(result.delay.sites.length, 0),
                })}
        </p>
      </section>

      <Chart
        name={m("web.power.balanceChart")}
        finding={
          last && last.capacityGw > 0
            ? m("web.power.balanceFinding", {
                year: year(last.year),
                secured: gw(last.securedGw),
                capacity: gw(last.capacityGw),
              })
            : undefined
        }
        note={
          last
            ? m("web.findings.powerBalanceNote", {
                year: year(last.year),
                secured: gw(last.securedGw),
                known: gw(Math.max(0, last.capacityGw - last.unknownPowerGw)),
              })
            : undefined
        }
        fileName={`${fileName}-balance`}
        label={m("web.power.balanceLabel", { ...span, basis: m(`web.basis.${view.basis}`) })}
        option={balance}
        height={380}
        onWidth={setChartWidth}
      />
      <Chart
        name={m("web.power.coverageChart")}
        finding={
          last && last.coverage !== null
            ? m("web.findings.powerCoverage", {
                year: year(last.year),
                stranded: gw(last.strandedGw),
                coverage: percent(last.coverage),
              })
            : undefined
        }
        fileName={`${fileName}-coverage`}
        label={m("web.power.coverageLabel", span)}
        option={coverage}
        height={300}
      />
      <PowerTables result={result} fileName={fileName} />
    </article>
  );
}
