/**
 * Funding gap: one company's funding model per year — revenue (reported, forecast or projected),
 * commitments due, costs, operating cash flow, financing lined up by source, the gap, cumulative burn
 * and runway — with the growth that closes the gap. The growth slider recomputes in the browser with
 * src/core/funding, the engine of `halqa funding` and GET /api/funding/{id}. The economics page links
 * here with `?page=funding&entity=<id>`.
 */
import { runwayMonth } from "@core/reports/funding-report.ts";
import { unpricedNote } from "@core/reports/funding-rows.ts";
import { formatCell } from "@i18n/format-cell.ts";
import { useDeferredValue, useMemo, useState } from "react";
import { Chart } from "../charts/Chart.tsx";
import { JsonButton } from "../components/JsonButton.tsx";
import { useRecordNames } from "../components/ReportTable.tsx";
import { Slider } from "../components/Slider.tsx";
import { SLOT, withSlot } from "../components/with-slot.tsx";
import { YearWindow } from "../components/YearWindow.tsx";
import { entityName } from "../data/model.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { DEFAULT_FUNDING_ENTITY, fundingEntities, fundingOf } from "../model/funding.ts";
import { hrefFor, useView } from "../state/use-view.ts";
import { FundingTables } from "./funding/FundingTables.tsx";
import { fundingOption } from "./funding/funding-chart.ts";

/** The slider's reach, in percent a year; a value from the URL outside it widens it. */
const SLIDER = { min: -50, max: 300 };

export default function Funding() {
  const model = useModel();
  const names = useRecordNames();
  const i18n = useI18n();
  const { m, percent, usd, year, lang } = i18n;
  // A total with no year of financials behind it is unknown (null in the report), never $0.
  const usdOrUnknown = (value: number | null) => (value === null ? m("cli.funding.unknown") : usd(value));
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  const entity =
    view.entity !== null && model.entities.has(view.entity) ? view.entity : DEFAULT_FUNDING_ENTITY;
  const choices = useMemo(() => {
    const ids = fundingEntities(model.dataset);
    if (!ids.includes(entity)) ids.push(entity);
    return ids
      .map((id) => ({ id, name: entityName(model, id, lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }, [model, entity, lang]);
  // The slider answers at once; the page's chart and tables follow as soon as React has time.
  const growth = useDeferredValue(view.growth);
  const report = useMemo(
    () =>
      fundingOf(model.dataset, {
        entity,
        basis: view.basis,
        asOf,
        fromYear: view.firstYear,
        toYear: view.lastYear,
        growth,
      }),
    [model, entity, view.basis, asOf, view.firstYear, view.lastYear, growth],
  );
  const cited = useMemo(
    () =>
      view.growth === null
        ? report.growth
        : fundingOf(model.dataset, {
            entity,
            basis: view.basis,
            asOf,
            fromYear: view.firstYear,
            toYear: view.lastYear,
            growth: null,
          }).growth,
    [model, entity, view.basis, asOf, view.firstYear, view.lastYear, view.growth, report],
  );
  // The chart's width: a phone's wraps its legend.
  const [chartWidth, setChartWidth] = useState(0);
  const option = useMemo(() => fundingOption(report, i18n, chartWidth), [report, i18n, chartWidth]);
  const name = entityName(model, entity, lang);
  const shownGrowth = view.growth ?? report.growthUsed;
  const growthPct = Math.round(shownGrowth * 1000) / 10;
  const noRevenue = report.lastRevenueYear === null && report.years.every((y) => y.missing);
  // The leases and purchases with no price in the data, named as the terminal's summary names them.
  const unpricedCell = unpricedNote(report);
  const unpriced = unpricedCell ? formatCell(lang, "message", unpricedCell, names) : null;
  const g = report.growthToClose;
  const closes =
    g.status === "solved"
      ? percent(g.growth)
      : g.status === "closed"
        ? m("web.funding.closed")
        : g.status === "unreachable"
          ? m("web.funding.unreachable", { high: percent(g.high, 0) })
          : g.status === "unknown-costs"
            ? m("web.funding.unknownCosts", { year: year(report.costsUnknownFrom ?? report.fromYear) })
            : m("web.funding.noProjection");
  const fileName = `halqa-funding-${entity}-${view.basis}-${view.firstYear}-${view.lastYear}`;
  const span = { from: year(report.fromYear), to: year(report.toYear) };

  return (
    <article className="page funding">
      <h1>{m("web.funding.heading")}</h1>
      <p className="intro">{m("web.funding.intro")}</p>
      <div className="page-controls">
        <label>
          {m("report.market.company")}
          <select
            name="entity"
            value={entity}
            onChange={(e) => setView({ entity: e.target.value, growth: null })}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <YearWindow view={view} setView={setView} />
        <JsonButton name={`${m("web.funding.heading")}: ${name}`} fileName={fileName} value={() => report} />
        <a href={hrefFor({ page: "power" })}>{m("web.funding.linkPower")}</a>
      </div>

      {view.basis === "announced" ? (
        <p className="hint basis-note" data-note="basis">
          {m("web.funding.basisNote")}{" "}
          <button type="button" onClick={() => setView({ basis: "committed" })}>
            {m("web.funding.useCommitted")}
          </button>
        </p>
      ) : null}

      {noRevenue ? (
        <p className="status error" role="alert">
          {m("web.funding.noRevenue", { entity: name })}
        </p>
      ) : null}

      <section className="panel funding-growth" aria-labelledby="growth-heading">
        <h2 id="growth-heading">
          {report.lastRevenueYear === null
            ? m("web.funding.growthNoYear")
            : m("web.funding.growthLabel", { year: year(report.lastRevenueYear) })}
        </h2>
        {/* The cited parameter by its name in the page's language, never its id; its value isolated,
            so Arabic prose cannot move the percent sign to the other side of the number. */}
        <p className="hint" id="growth-help">
          {withSlot(
            m("web.funding.growthHelp", { cited: SLOT }),
            cited ? (
              <>
                <bdi dir="ltr">{percent(cited.value)}</bdi> ({names.record?.(cited.id) ?? cited.id})
              </>
            ) : (
              m("web.funding.growthNone")
            ),
          )}
        </p>
        <div className="delay-controls">
          <Slider
            id="growth"
            label={m("web.funding.growthNoYear")}
            min={Math.min(SLIDER.min, Math.floor(growthPct))}
            max={Math.max(SLIDER.max, Math.ceil(growthPct))}
            step={1}
            value={Math.round(growthPct)}
            valueText={m("web.funding.growthValue", { value: percent(shownGrowth) })}
            describedBy="growth-help"
            onChange={(value, mode) => setView({ growth: value / 100 }, mode)}
          />
          {view.growth !== null ? (
            <button type="button" onClick={() => setView({ growth: null })}>
              {m("web.funding.resetGrowth")}
            </button>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="funding-figures">
        <h2 id="funding-figures" className="visually-hidden">
          {m("web.funding.figures")}
        </h2>
        <dl className="figures">
          <div data-figure="gap" data-value={report.totals.gap}>
            <dt>{m("web.funding.gapTotal", span)}</dt>
            <dd className="big">{usdOrUnknown(report.totals.gap)}</dd>
            <dd>
              {m("web.funding.financingTotal")}: {usd(report.totals.financing)}
            </dd>
          </div>
          <div data-figure="burn" data-value={report.totals.cumulativeBurn}>
            <dt>{m("web.funding.burnTotal", { year: year(report.toYear) })}</dt>
            <dd className="big">{usdOrUnknown(report.totals.cumulativeBurn)}</dd>
            <dd>
              {m("web.funding.due")}:{" "}
              {report.totals.dueUnknown === "none-recorded"
                ? m("cli.funding.noneRecorded")
                : usdOrUnknown(report.totals.commitmentsDue)}
            </dd>
          </div>
          <div data-figure="shortfall" data-value={report.shortfall}>
            <dt>{m("web.funding.shortfall")}</dt>
            <dd className="big">{usdOrUnknown(report.shortfall)}</dd>
            <dd>
              {m("web.funding.runway")}:{" "}
              {report.runway === "unknown"
                ? m("web.funding.runwayUnknown")
                : report.runsOut === null
                  ? m("web.funding.lasts")
                  : runwayMonth(report.runsOut)}
            </dd>
            {report.startingCashKnown ? null : <dd>{m("web.funding.runwayNoCash")}</dd>}
          </div>
          <div data-figure="closes" data-value={g.status === "solved" ? g.growth : ""}>
            <dt>{m("web.funding.closes")}</dt>
            <dd className="big">{closes}</dd>
            <dd>{m("web.funding.closesHelp")}</dd>
          </div>
        </dl>
      </section>

      {unpriced ? (
        <p className="hint" data-note="unpriced">
          {m("web.funding.due")}: {unpriced}
        </p>
      ) : null}
      {report.missingYears.length > 0 ? (
        <p className="hint">
          {m("web.funding.missing", { years: i18n.list(report.missingYears.map(year)) })}
        </p>
      ) : null}

      <Chart
        name={m("web.funding.chart")}
        finding={m("web.findings.funding", {
          ...span,
          entity: name,
          gap: usdOrUnknown(report.totals.gap),
          financing: usd(report.totals.financing),
        })}
        fileName={`${fileName}-chart`}
        label={m("web.funding.chartLabel", { ...span, entity: name, basis: m(`web.basis.${view.basis}`) })}
        option={option}
        height={340}
        onWidth={setChartWidth}
      />
      <FundingTables report={report} fileName={fileName} />
    </article>
  );
}
