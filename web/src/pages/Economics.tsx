/**
 * Money: the published revenue-needed calculators (JPMorgan, Bain, Sequoia, Morgan Stanley's
 * waterfall, depreciation life) and unit economics, recomputed in the browser by src/core/economics
 * from the dataset with the reader's edits (kept in the URL), each result beside its published
 * figure. The funding gap per entity is the funding page's: the end of this page points there.
 */

import type { EconAnalysis } from "@core/economics/inputs.ts";
import { economicsReport } from "@core/reports/economics-report.ts";
import { useMemo } from "react";
import { followLink } from "../app/follow-link.ts";
import { Chart } from "../charts/Chart.tsx";
import { amountBarsOption, type Step, waterfallOption } from "../charts/waterfall-option.ts";
import { JsonButton } from "../components/JsonButton.tsx";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { CALCULATORS, UNIT_ECONOMICS, WATERFALL } from "../model/economics.ts";
import { hrefFor, navigate, useView } from "../state/use-view.ts";
import { AnalysisSection } from "./economics/AnalysisSection.tsx";
import { OutputsCsv } from "./economics/OutputsCsv.tsx";

export default function Economics() {
  const model = useModel();
  const i18n = useI18n();
  const { m } = i18n;
  const [view, setView] = useView();
  const report = useMemo(() => economicsReport(model.dataset, view.econ), [model, view.econ]);
  const byId = new Map(report.analyses.map((a) => [a.id, a]));
  const edit = (key: string, value: number | null) => {
    const next = { ...view.econ };
    if (value === null) delete next[key];
    else next[key] = value;
    setView({ econ: next }, "replace");
  };
  const section = (id: string) => {
    const analysis = byId.get(id);
    if (!analysis) return null;
    return (
      <AnalysisSection key={id} analysis={analysis} onEdit={edit}>
        {id === "morgan-stanley-waterfall" ? <Waterfall analysis={analysis} /> : null}
        {id === "depreciation-life" ? <Lives analysis={analysis} /> : null}
      </AnalysisSection>
    );
  };
  const edited = Object.keys(view.econ).length;

  return (
    <article className="page money">
      <h1>{m("web.money.heading")}</h1>
      <p className="intro">{m("web.money.intro")}</p>
      <div className="row table-tools">
        <button type="button" disabled={edited === 0} onClick={() => setView({ econ: {} })}>
          {m("web.money.resetAll")}
        </button>
        <OutputsCsv analyses={report.analyses} />
        <JsonButton name={m("web.money.heading")} fileName="halqa-economics" value={() => report} />
      </div>
      {CALCULATORS.map(section)}
      <h2 className="group-heading">{m("web.money.unitHeading")}</h2>
      {UNIT_ECONOMICS.map(section)}
      <section className="panel slot" id="funding-gaps" data-slot="funding" aria-labelledby="h-funding">
        <h2 id="h-funding">{m("web.money.fundingHeading")}</h2>
        <p>
          {m("web.money.fundingElsewhere")}{" "}
          <a
            href={hrefFor({ page: "funding" })}
            onClick={(e) => followLink(e, () => navigate({ page: "funding" }))}
          >
            {m("web.money.fundingLink")}
          </a>
        </p>
      </section>
    </article>
  );
}

function inputValue(analysis: EconAnalysis, key: string): number | undefined {
  return analysis.inputs.find((i) => i.key === key)?.value;
}

function Waterfall({ analysis }: { analysis: EconAnalysis }) {
  const i18n = useI18n();
  const { m, usd, percent } = i18n;
  const spend = inputValue(analysis, WATERFALL.spend);
  const cash = inputValue(analysis, WATERFALL.cash);
  const steps = useMemo<Step[]>(() => {
    if (spend === undefined || cash === undefined) return [];
    const sources = WATERFALL.sources
      .map((key) => ({ key, amount: inputValue(analysis, key) }))
      .filter(
        (s): s is { key: (typeof WATERFALL.sources)[number]; amount: number } => s.amount !== undefined,
      );
    const named = sources.reduce((sum, s) => sum + s.amount, 0);
    const unexplained = spend - cash - named;
    const name = (key: (typeof WATERFALL.sources)[number]) => m(`web.money.waterfallSources.${key}`);
    return [
      { label: m("web.money.spend"), amount: spend, kind: "total" },
      { label: m("web.money.internalCash"), amount: cash, kind: "cash" },
      ...sources.map((s) => ({ label: name(s.key), amount: s.amount, kind: "source" as const })),
      ...(Math.abs(unexplained) > 1e-6 * spend
        ? [{ label: m("web.money.unexplained"), amount: unexplained, kind: "gap" as const }]
        : []),
    ];
  }, [analysis, spend, cash, m]);
  const option = useMemo(() => waterfallOption(steps, i18n), [steps, i18n]);
  if (steps.length === 0) return null;
  return (
    <Chart
      name={m("web.money.waterfall")}
      finding={
        spend !== undefined && cash !== undefined && spend > 0
          ? m("web.findings.waterfall", {
              spend: usd(spend),
              cash: usd(cash),
              share: percent(Math.max(0, spend - cash) / spend),
            })
          : undefined
      }
      fileName="halqa-morgan-stanley-waterfall"
      label={m("web.money.waterfallLabel", {
        spend: usd(spend ?? 0),
        cash: usd(cash ?? 0),
        gap: usd((spend ?? 0) - (cash ?? 0)),
      })}
      option={option}
      height={340}
    >
      <ul>
        {steps.map((s) => (
          <li key={s.label}>
            {s.label}: {usd(s.amount)}
          </li>
        ))}
      </ul>
    </Chart>
  );
}

function Lives({ analysis }: { analysis: EconAnalysis }) {
  const i18n = useI18n();
  const { m, usd, number } = i18n;
  const bars = useMemo(
    () =>
      analysis.outputs
        .filter((o) => o.key === "depreciation-per-year" && o.value !== null)
        .map((o) => ({
          label: m("web.money.lifeYears", { life: number(Number(o.params?.life ?? 0)) }),
          amount: o.value as number,
        })),
    [analysis, m, number],
  );
  const option = useMemo(() => amountBarsOption(bars, i18n), [bars, i18n]);
  if (bars.length === 0) return null;
  const low = bars.reduce((a, b) => (b.amount < a.amount ? b : a));
  const high = bars.reduce((a, b) => (b.amount > a.amount ? b : a));
  return (
    <Chart
      name={m("web.money.depreciation")}
      finding={
        bars.length > 1
          ? m("web.findings.depreciation", {
              low: usd(low.amount),
              lowLife: low.label,
              high: usd(high.amount),
              highLife: high.label,
            })
          : undefined
      }
      fileName="halqa-depreciation-by-life"
      label={m("web.money.depreciationLabel", { lives: i18n.list(bars.map((b) => b.label)) })}
      option={option}
      height={280}
    >
      <ul>
        {bars.map((b) => (
          <li key={b.label}>
            {b.label}: {usd(b.amount)}
          </li>
        ))}
      </ul>
    </Chart>
  );
}
