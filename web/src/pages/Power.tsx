/**
 * Power: GW of compute committed per year against the power secured for it, stacked by kind of power,
 * the coverage and stranded GW, the off-grid share and the energy bill, with the reference forecasts
 * and the campuses counted. A grid-delay slider (and a region) recomputes everything in the browser
 * with src/core/power, the engine of `halqa power` and GET /api/power.
 */
import { useDeferredValue, useMemo } from "react";
import { Chart } from "../charts/Chart.tsx";
import { JsonButton } from "../components/JsonButton.tsx";
import { Slider } from "../components/Slider.tsx";
import { YearWindow } from "../components/YearWindow.tsx";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { type PowerSettings, powerPage, siteRegions } from "../model/power.ts";
import { hrefFor, useView } from "../state/use-view.ts";
import { MAX_DELAY } from "../state/view.ts";
import { CampusTable, PowerYearsTable, SupplyTable } from "./power/PowerTables.tsx";
import { balanceOption, coverageOption } from "./power/power-charts.ts";
import { ParameterTable, ReferenceTable } from "./power/ReferenceTables.tsx";

/** The slider's usual reach; a longer delay from the URL widens it. */
const SLIDER_MONTHS = 60;

export default function Power() {
  const model = useModel();
  const i18n = useI18n();
  const { t, fill, number, percent, usd, year } = i18n;
  const w = t.power;
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
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
  const balance = useMemo(() => balanceOption(data, i18n), [data, i18n]);
  const coverage = useMemo(() => coverageOption(data, i18n), [data, i18n]);
  const { result } = data;
  const last = result.years[result.years.length - 1];
  const worst = result.years.reduce<(typeof result.years)[number] | undefined>(
    (a, y) => (a === undefined || y.delayedGw > a.delayedGw ? y : a),
    undefined,
  );
  const gw = (v: number) => fill(t.units.gw, { value: number(v) });
  const fileName = `halqa-power-${view.basis}-${view.firstYear}-${view.lastYear}${view.delay ? `-delay${view.delay}` : ""}`;
  const span = { from: year(view.firstYear), to: year(view.lastYear) };

  return (
    <article className="page power">
      <h1>{w.heading}</h1>
      <p className="intro">{w.intro}</p>
      <div className="page-controls">
        <YearWindow view={view} setView={setView} />
        <JsonButton name={w.heading} fileName={fileName} value={() => result} />
        <a href={hrefFor({ page: "funding" })}>{w.linkFunding}</a>
      </div>
      {last ? (
        <section aria-labelledby="power-figures">
          <h2 id="power-figures" className="visually-hidden">
            {w.figures}
          </h2>
          <dl className="figures">
            <div data-figure="committed" data-value={last.capacityGw}>
              <dt>{fill(w.committedIn, { year: year(last.year) })}</dt>
              <dd className="big">{gw(last.capacityGw)}</dd>
              <dd>{fill(w.summedIn, { value: gw(last.naiveGw) })}</dd>
              <dd>
                {w.securedIn}: {gw(last.securedGw)}
              </dd>
            </div>
            <div data-figure="coverage" data-value={last.coverage ?? ""}>
              <dt>{fill(w.coverageIn, { year: year(last.year) })}</dt>
              <dd className="big">{last.coverage === null ? t.deal.noFigure : percent(last.coverage)}</dd>
              <dd>
                {w.unknown}: {gw(last.unknownPowerGw)}
              </dd>
            </div>
            <div data-figure="stranded" data-value={last.strandedGw}>
              <dt>{fill(w.strandedIn, { year: year(last.year) })}</dt>
              <dd className="big">{gw(last.strandedGw)}</dd>
              <dd>
                {fill(w.offGridIn, { year: year(last.year) })}:{" "}
                {last.offGridShare === null ? t.deal.noFigure : percent(last.offGridShare)}
              </dd>
            </div>
            <div data-figure="bill" data-value={last.energyBillUsd ?? ""}>
              <dt>{fill(w.billIn, { year: year(last.year) })}</dt>
              <dd className="big">
                {last.energyBillUsd === null ? t.deal.noFigure : usd(last.energyBillUsd)}
              </dd>
              <dd>
                {last.energyMwh === null ? "" : fill(w.twh, { value: number(last.energyMwh / 1e6, 0) })}
              </dd>
            </div>
          </dl>
        </section>
      ) : null}

      <section className="panel power-delay" aria-labelledby="delay-heading">
        <h2 id="delay-heading">{w.delayHeading}</h2>
        <p className="hint" id="delay-help">
          {w.delayHelp}
        </p>
        <div className="delay-controls">
          <Slider
            id="delay"
            label={w.delayLabel}
            min={0}
            max={Math.max(SLIDER_MONTHS, Math.min(MAX_DELAY, view.delay))}
            step={1}
            value={view.delay}
            valueText={fill(w.delayValue, { months: number(view.delay, 0) })}
            describedBy="delay-help"
            onChange={(delay, mode) => setView({ delay }, mode)}
          />
          <label>
            {w.region}
            <select
              name="region"
              value={region ?? ""}
              onChange={(e) => setView({ region: e.target.value || null })}
            >
              <option value="">{w.allRegions}</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {r}
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
            ? w.noDelay
            : worst && worst.delayedGw > 0
              ? fill(w.delayed, {
                  gw: gw(worst.delayedGw),
                  year: year(worst.year),
                  count: number(result.delay.sites.length, 0),
                })
              : fill(w.delayedNone, {
                  months: number(result.delay.months, 0),
                  count: number(result.delay.sites.length, 0),
                })}
        </p>
      </section>

      <Chart
        name={w.balanceChart}
        fileName={`${fileName}-balance`}
        label={fill(w.balanceLabel, { ...span, basis: t.basis[view.basis] })}
        option={balance}
        height={380}
      />
      <Chart
        name={w.coverageChart}
        fileName={`${fileName}-coverage`}
        label={fill(w.coverageLabel, span)}
        option={coverage}
        height={300}
      />
      <PowerYearsTable result={result} fileName={`${fileName}-years`} />
      <CampusTable result={result} fileName={fileName} />
      <ReferenceTable result={result} fileName={fileName} />
      <SupplyTable result={result} fileName={fileName} />
      <ParameterTable result={result} />
    </article>
  );
}
