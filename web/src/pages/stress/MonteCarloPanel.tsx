/**
 * The stress page's Monte Carlo panel: the scenario to sample (the one built above, each shock size
 * made uncertain by a spread the reader sets, or a bundled scenario with its own distributions), the
 * number of samples and the seed — all in the URL — and Run / Cancel. The run happens on the server in
 * worker threads (POST /api/stress/monte-carlo); its progress streams in (server-sent events) as a
 * progress bar with the rate and the time left, and the result is drawn by MonteCarloResult.
 */
import type { Scenario } from "@schema/scenario.ts";
import { useId, useMemo } from "react";
import { useGesture } from "../../components/Filters.tsx";
import { useMonteCarlo, useMonteCarloScenarios } from "../../data/use-monte-carlo.ts";
import { useI18n } from "../../i18n/index.ts";
import { samplesSomething, withUncertainty } from "../../model/monte-carlo.ts";
import type { SetView } from "../../state/use-view.ts";
import { MAX_RUNS, type View } from "../../state/view.ts";
import { MonteCarloResult } from "./MonteCarloResult.tsx";

type Props = {
  /** The scenario built above (the deterministic panel's). */
  scenario: Scenario;
  asOf: string;
  /** The stress horizon in years: sampled delays stay within it. */
  horizon: number;
  view: View;
  setView: SetView;
  name: (id: string) => string;
};

export function MonteCarloPanel({ scenario, asOf, horizon, view, setView, name }: Props) {
  const i18n = useI18n();
  const { m, number, lang } = i18n;
  const ids = useId();
  const gesture = useGesture();
  const bundled = useMonteCarloScenarios();
  const { state, start, cancel } = useMonteCarlo(lang);
  const chosen = bundled.find((s) => s.id === view.mc);
  const uncertain = useMemo(
    () => withUncertainty(scenario, view.spread, Math.max(1, horizon * 12)),
    [scenario, view.spread, horizon],
  );
  const runnable = chosen !== undefined || samplesSomething(uncertain);
  const running = state.phase === "running" || state.phase === "starting";

  const run = () =>
    void start({
      scenario: chosen ? chosen.id : uncertain,
      runs: view.runs,
      seed: view.mcSeed,
      // The deterministic panel's date, so the two panels describe the same network.
      asOf,
    });

  const whole = (text: string, low: number, high: number) => {
    const n = Number(text);
    return Number.isInteger(n) && n >= low && n <= high ? n : undefined;
  };

  return (
    <section className="monte-carlo" data-panel="monte-carlo" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{m("web.monteCarlo.heading")}</h2>
      <p className="intro">{m("web.monteCarlo.intro")}</p>
      <div className="mc-controls">
        <label className="field">
          {m("web.monteCarlo.source")}
          <select
            data-control="mc-source"
            value={chosen?.id ?? ""}
            disabled={running}
            onChange={(e) => setView({ mc: e.target.value === "" ? null : e.target.value })}
          >
            <option value="">{m("web.monteCarlo.built")}</option>
            {bundled.map((s) => (
              <option key={s.id} value={s.id}>
                {m("web.monteCarlo.bundled", { title: s.title[lang] ?? s.title.en })}
              </option>
            ))}
          </select>
        </label>
        {chosen ? null : (
          <div className="field size">
            <label htmlFor={`${ids}-spread`}>{m("web.monteCarlo.spread")}</label>
            <input
              id={`${ids}-spread`}
              type="range"
              min={1}
              max={50}
              step={1}
              value={view.spread}
              disabled={running}
              data-control="mc-spread"
              aria-describedby={`${ids}-spread-help`}
              onPointerDown={gesture.start}
              onKeyDown={gesture.start}
              onFocus={gesture.start}
              onChange={(e) => setView({ spread: Number(e.target.value) }, gesture.mode())}
            />
            <output htmlFor={`${ids}-spread`}>
              {m("web.monteCarlo.spreadValue", { value: number(view.spread, 0) })}
            </output>
          </div>
        )}
        <div className="mc-numbers">
          <label className="field">
            {m("web.monteCarlo.runs")}
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_RUNS}
              step={1000}
              value={view.runs}
              disabled={running}
              data-control="mc-runs"
              onChange={(e) => {
                const n = whole(e.target.value, 1, MAX_RUNS);
                if (n !== undefined) setView({ runs: n }, "replace");
              }}
            />
          </label>
          <label className="field">
            {m("web.monteCarlo.seed")}
            <input
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={view.mcSeed}
              disabled={running}
              data-control="mc-seed"
              title={m("web.monteCarlo.seedHelp")}
              onChange={(e) => {
                const n = whole(e.target.value, 0, 4_294_967_295);
                if (n !== undefined) setView({ mcSeed: n }, "replace");
              }}
            />
          </label>
        </div>
        <div className="mc-actions">
          <button type="button" data-action="mc-run" disabled={running || !runnable} onClick={run}>
            {m("web.monteCarlo.run")}
          </button>
          <button type="button" data-action="mc-cancel" disabled={state.phase !== "running"} onClick={cancel}>
            {m("web.monteCarlo.cancel")}
          </button>
        </div>
      </div>
      {chosen ? null : (
        <p id={`${ids}-spread-help`} className="hint">
          {m("web.monteCarlo.spreadHelp", { value: number(view.spread, 0) })}
        </p>
      )}
      {runnable ? null : (
        <p className="status" data-figure="mc-nothing">
          {/* Shocks that are all outright defaults are certain: there is something to run, not to sample. */}
          {scenario.shocks.length === 0 ? m("web.monteCarlo.noShocks") : m("web.monteCarlo.certainOnly")}
        </p>
      )}
      <Status state={state} />
      {state.phase === "done" || state.phase === "cancelled" ? (
        <MonteCarloResult
          report={state.report}
          seconds={state.seconds}
          name={name}
          {...(state.phase === "cancelled" ? { reason: state.reason } : {})}
        />
      ) : null}
    </section>
  );
}

function Status({ state }: { state: ReturnType<typeof useMonteCarlo>["state"] }) {
  const { m, number } = useI18n();
  const seconds = (s: number) => m("web.monteCarlo.seconds", { value: number(s, s < 10 ? 1 : 0) });
  if (state.phase === "starting" || state.phase === "running") {
    const progress = state.phase === "running" ? state.progress : { done: 0, runs: 0, rate: 0, eta: null };
    const text =
      state.phase === "starting"
        ? m("web.monteCarlo.starting")
        : progress.eta === null || progress.rate <= 0
          ? m("web.monteCarlo.progressNoEta", {
              done: number(progress.done, 0),
              runs: number(progress.runs, 0),
            })
          : m("web.monteCarlo.progress", {
              done: number(progress.done, 0),
              runs: number(progress.runs, 0),
              rate: number(progress.rate, 0),
              eta: seconds(progress.eta),
            });
    return (
      <div
        className="mc-progress"
        data-figure="mc-progress"
        data-done={progress.done}
        data-runs={progress.runs}
      >
        <progress
          max={Math.max(1, progress.runs)}
          value={progress.done}
          aria-label={m("web.monteCarlo.progressLabel")}
          aria-valuetext={text}
        />
        <p className="status" role="status" aria-live="polite">
          {text}
        </p>
      </div>
    );
  }
  if (state.phase === "failed")
    return (
      <p className="status error" role="alert" data-figure="mc-failed">
        {m("web.monteCarlo.failed", { reason: state.message })}
      </p>
    );
  if (state.phase === "refused")
    return (
      <p className="status error" role="alert" data-figure="mc-refused">
        {m("web.monteCarlo.invalid", { reason: state.message })}
      </p>
    );
  if (state.phase === "busy")
    return (
      <p className="status error" role="alert" data-figure="mc-busy">
        {m("web.monteCarlo.busy", { seconds: number(state.seconds, 0) })}
      </p>
    );
  return null;
}
