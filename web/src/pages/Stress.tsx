/**
 * Stress test: pick a bundled scenario (GET /api/scenarios) or build one, choose the contagion model
 * and its options, and see the cascade — defaults wave by wave on the loop map, losses per company,
 * each obligation's unfunded part, the account in words, the assumptions with their sources. The run
 * is src/core's runScenario on the dataset the page already holds, in the browser: sliders recompute
 * it (debounced) without a round trip, and the time it took is shown. The scenario, the shocks and
 * the model live in the URL. The same run is POST /api/stress for programs.
 *
 * Layout: the deterministic run is one panel (`data-panel="deterministic"`); the Monte Carlo panel
 * (`data-panel="monte-carlo"`, run on the server with streamed progress) sits below it, fed by the
 * same `scenario` (./stress/MonteCarloPanel.tsx).
 */
import { stressHorizonYears } from "@core/stress/horizon.ts";
import { useMemo } from "react";
import { BriefLink } from "../components/BriefLink.tsx";
import { entityName } from "../data/model.ts";
import { useApi } from "../data/use-api.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { type OfferedScenario, runStress, scenarioOf, stressState, withRevenue } from "../model/stress.ts";
import { hitByShocks } from "../model/stress-steps.ts";
import { useView } from "../state/use-view.ts";
import { downloadBlob } from "../util/download.ts";
import { useDebounced } from "../util/use-debounced.ts";
import { MonteCarloPanel } from "./stress/MonteCarloPanel.tsx";
import { ScenarioForm } from "./stress/ScenarioForm.tsx";
import { Account, StressTables } from "./stress/StressTables.tsx";
import { WaveMap } from "./stress/WaveMap.tsx";

/** Slider moves closer together than this recompute once. */
const DEBOUNCE_MS = 120;

export default function Stress() {
  const model = useModel();
  const i18n = useI18n();
  const { m, mOr, number, date, lang } = i18n;
  const [view, setView] = useView();
  // The bundled scenarios, fetched once when the page first needs them and shared after.
  const loading = useApi<{ scenarios: OfferedScenario[] }>("/api/scenarios");
  const offered = loading.state === "ready" ? loading.data.scenarios : [];
  const asOf = view.asOf ?? todayIso();
  const known = useMemo(() => {
    const ids = new Set(model.dataset.entities.map((e) => e.id));
    return (id: string) => ids.has(id);
  }, [model]);
  const state = useMemo(
    () =>
      stressState(
        offered,
        { scenario: view.scenario, shocks: view.shocks, model: view.model, options: view.options },
        known,
      ),
    [offered, view.scenario, view.shocks, view.model, view.options, known],
  );
  const scenario = useMemo(() => scenarioOf(state), [state]);
  const asked = JSON.stringify(scenario);
  const settled = useDebounced(asked, DEBOUNCE_MS);
  // Until the debounce settles, the result on screen is the previous scenario's: say so (aria-busy,
  // data-pending) rather than let a reader or a test take it for the scenario just chosen.
  const pending = settled !== asked;
  const run = useMemo(
    () => (state.shocks.length > 0 ? runStress(model.dataset, JSON.parse(settled), asOf, lang) : null),
    [model, settled, asOf, state.shocks.length, lang],
  );
  const revenue = useMemo(() => withRevenue(model.dataset, Number(asOf.slice(0, 4))), [model, asOf]);
  const horizon = useMemo(() => stressHorizonYears(model.dataset), [model]);
  const name = useMemo(() => (id: string) => entityName(model, id, lang), [model, lang]);
  const account = run?.ok ? run.result.account : null;
  const shocked = useMemo(() => hitByShocks(state.shocks, account ?? []), [state.shocks, account]);
  const openEntity = (id: string) => setView({ page: "explorer", entity: id, deal: null });

  if (loading.state === "loading")
    return (
      <p className="status" role="status">
        {m("web.app.loading")}
      </p>
    );

  return (
    <article className="page stress">
      <h1>{m("report.stress.title")}</h1>
      <p className="intro">{m("web.stress.intro")}</p>
      {loading.state === "failed" ? (
        <p className="status error" role="alert">
          {m("web.app.loadFailed", { reason: loading.reason })}
        </p>
      ) : null}
      <div className="stress-grid">
        <ScenarioForm
          model={model}
          offered={offered}
          state={state}
          setView={setView}
          revenue={revenue}
          horizon={horizon}
        />
        <section className="stress-result" data-panel="deterministic" aria-labelledby="result-heading">
          <h2 id="result-heading" className="visually-hidden">
            {m("cli.moneyCommands.result")}
          </h2>
          {run === null ? (
            <p className="status">{m("web.stress.noShocks")}</p>
          ) : !run.ok ? (
            <p className="status error" role="alert">
              {m("web.stress.failed", { reason: run.reason })}
            </p>
          ) : (
            <>
              <p
                className="status"
                data-figure="computed"
                data-ms={run.ms.toFixed(2)}
                data-pending={pending || undefined}
                aria-busy={pending}
              >
                {m("web.stress.computed", {
                  ms: number(run.ms, 1),
                  model: m(`web.models.${state.model}`),
                  basis: mOr(`web.basis.${run.result.basis}`, run.result.basis),
                  date: date(run.result.asOf),
                })}{" "}
                <button
                  type="button"
                  data-action="download-json"
                  aria-label={m("web.exports.jsonLabel", { name: m("web.stress.resultName") })}
                  onClick={() =>
                    downloadBlob(
                      new Blob(
                        [JSON.stringify({ scenario: JSON.parse(settled), result: run.result }, null, 2)],
                        {
                          type: "application/json",
                        },
                      ),
                      `halqa-stress-${run.result.scenario}.json`,
                    )
                  }
                >
                  {m("web.exports.json")}
                </button>
                {/* A bundled scenario as chosen has a brief; an edited one is not a file the server has. */}
                {state.base && !state.edited ? (
                  <>
                    {" "}
                    <BriefLink scenario={state.base.id} />
                  </>
                ) : null}
              </p>
              <Account result={run.result} name={name} />
              <WaveMap
                model={model}
                result={run.result}
                shocked={shocked}
                name={name}
                onSelect={openEntity}
              />
              <StressTables
                model={model}
                result={run.result}
                references={state.edited ? [] : (state.base?.references ?? [])}
                name={name}
              />
            </>
          )}
        </section>
      </div>
      <MonteCarloPanel
        scenario={scenario}
        asOf={asOf}
        horizon={horizon}
        view={view}
        setView={setView}
        name={name}
      />
    </article>
  );
}
