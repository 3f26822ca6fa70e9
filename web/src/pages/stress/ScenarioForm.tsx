/**
 * The stress page's scenario builder: the bundled scenario to start from, its shocks (what happens,
 * to whom, how hard), and the contagion model with its options. Every control writes the URL; a
 * slider's drag makes one history entry, so Back undoes it whole.
 */
import { useMemo } from "react";
import { useGesture } from "../../components/Filters.tsx";
import type { Model } from "../../data/model.ts";
import { useI18n } from "../../i18n/index.ts";
import type { OfferedScenario, StressState } from "../../model/stress.ts";
import {
  type EditShock,
  encodeOptions,
  encodeShocks,
  SHOCK_TYPES,
  type ShockType,
} from "../../model/stress-url.ts";
import type { SetView } from "../../state/use-view.ts";
import { ModelPicker } from "./ModelPicker.tsx";

type Props = {
  model: Model;
  offered: readonly OfferedScenario[];
  state: StressState;
  setView: SetView;
  /** Entities with a reported revenue (the only ones a revenue shortfall can hit). */
  revenue: ReadonlySet<string>;
  horizon: number;
};

/** A new shock of a type, keeping the entity of the one it replaces when it can. */
function shockOf(type: ShockType, entity: string, withRevenue: (id: string) => string): EditShock {
  if (type === "default") return { type, entity };
  if (type === "payment-delay") return { type, entity, months: 6 };
  if (type === "credit-pullback") return { type, lenders: "all", fraction: 0.5 };
  if (type === "revenue-shortfall") return { type, entity: withRevenue(entity), fraction: 0.5 };
  if (type === "power-delay") return { type, months: 12 };
  return { type, entity, fraction: 0.5 };
}

export function ScenarioForm({ model, offered, state, setView, revenue, horizon }: Props) {
  const i18n = useI18n();
  const { m, percent, lang } = i18n;
  const gesture = useGesture();
  const entities = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...model.dataset.entities]
      .map((e) => ({ id: e.id, name: e.name[lang] ?? e.id }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [model, lang]);
  const sites = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...(model.dataset.sites ?? [])]
      .map((site) => ({ id: site.id, name: site.name[lang] ?? site.id }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [model, lang]);
  const withRevenue = (id: string) =>
    revenue.has(id) ? id : (entities.find((e) => revenue.has(e.id))?.id ?? id);
  const base = state.base?.id ?? null;
  const writeShocks = (shocks: EditShock[], mode: "push" | "replace" = "push") =>
    setView({ scenario: base, shocks: encodeShocks(shocks) }, mode);
  const change = (i: number, shock: EditShock, mode?: "push" | "replace") =>
    writeShocks(
      state.shocks.map((s, k) => (k === i ? shock : s)),
      mode,
    );
  const gestureProps = { onPointerDown: gesture.start, onKeyDown: gesture.start, onFocus: gesture.start };

  return (
    <section className="stress-form" aria-labelledby="scenario-heading">
      <div className="stress-form-start">
        <h2 id="scenario-heading">{m("report.sheet.company.scenario")}</h2>
        <label className="field">
          {m("web.stress.startFrom")}
          <select
            data-control="scenario"
            value={base ?? ""}
            onChange={(e) =>
              setView(
                e.target.value === ""
                  ? { scenario: null, shocks: "", model: null, options: null }
                  : { scenario: e.target.value, shocks: null, model: null, options: null },
              )
            }
          >
            {offered.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang] ?? s.title.en}
              </option>
            ))}
            <option value="">{m("web.stress.custom")}</option>
          </select>
        </label>
        {state.edited && state.base ? (
          <p className="hint">
            {m("web.stress.edited")}{" "}
            <button
              type="button"
              className="link"
              onClick={() => setView({ shocks: null, model: null, options: null })}
            >
              {m("web.stress.reset")}
            </button>
          </p>
        ) : null}
      </div>

      <fieldset className="shocks">
        <legend>{m("web.stress.shocks")}</legend>
        {state.shocks.length === 0 ? <p className="hint">{m("web.stress.noShocks")}</p> : null}
        <ol>
          {state.shocks.map((shock, i) => {
            const n = i + 1;
            const who = "entity" in shock ? shock.entity : (entities[0]?.id ?? "");
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a shock has no identity but its place.
              <li key={i} className="shock" data-shock={i}>
                <span className="shock-name">{m("web.stress.shock", { n: i18n.number(n, 0) })}</span>
                <label className="field">
                  {m("report.stress.account")}
                  <select
                    data-control="shock-type"
                    value={shock.type}
                    onChange={(e) => change(i, shockOf(e.target.value as ShockType, who, withRevenue))}
                  >
                    {SHOCK_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {m(`web.stress.types.${type}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {shock.type === "power-delay" ? (
                  <label className="field">
                    {m("web.stress.sites")}
                    <select
                      data-control="site"
                      value={shock.site ?? "all"}
                      onChange={(e) =>
                        change(
                          i,
                          e.target.value === "all"
                            ? { type: shock.type, months: shock.months }
                            : { type: shock.type, months: shock.months, site: e.target.value },
                        )
                      }
                    >
                      <option value="all">
                        {shock.region
                          ? m("web.stress.sitesIn", { region: shock.region })
                          : m("web.stress.allSites")}
                      </option>
                      {sites.map((site) => (
                        <option key={site.id} value={site.id}>
                          {site.name}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : shock.type === "credit-pullback" ? (
                  <label className="field">
                    {m("web.stress.lenders")}
                    <select
                      data-control="lenders"
                      value={shock.lenders === "all" ? "all" : (shock.lenders[0] ?? "all")}
                      onChange={(e) =>
                        change(i, { ...shock, lenders: e.target.value === "all" ? "all" : [e.target.value] })
                      }
                    >
                      <option value="all">{m("web.stress.allLenders")}</option>
                      {entities.map((e) => (
                        <option key={e.id} value={e.id}>
                          {e.name}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <label className="field">
                    {m("report.market.company")}
                    <select
                      data-control="entity"
                      value={shock.entity}
                      onChange={(e) => change(i, { ...shock, entity: e.target.value })}
                    >
                      {entities
                        .filter((e) => shock.type !== "revenue-shortfall" || revenue.has(e.id))
                        .map((e) => (
                          <option key={e.id} value={e.id}>
                            {e.name}
                          </option>
                        ))}
                    </select>
                  </label>
                )}
                {"fraction" in shock ? (
                  <label className="field size">
                    {m("web.stress.size")}
                    <input
                      type="range"
                      data-control="size"
                      min={0}
                      max={100}
                      step={1}
                      value={Math.round(shock.fraction * 100)}
                      aria-valuetext={percent(shock.fraction, 0)}
                      {...gestureProps}
                      onChange={(e) =>
                        change(i, { ...shock, fraction: Number(e.target.value) / 100 }, gesture.mode())
                      }
                    />
                    <output>{percent(shock.fraction, 0)}</output>
                  </label>
                ) : shock.type === "payment-delay" || shock.type === "power-delay" ? (
                  <label className="field size">
                    {m("web.stress.size")}
                    <input
                      type="range"
                      data-control="size"
                      min={1}
                      max={Math.max(1, Math.floor(12 * horizon))}
                      step={1}
                      value={shock.months}
                      aria-valuetext={m("web.stress.months", { value: i18n.number(shock.months, 0) })}
                      {...gestureProps}
                      onChange={(e) =>
                        change(i, { ...shock, months: Number(e.target.value) }, gesture.mode())
                      }
                    />
                    <output>{m("web.stress.months", { value: i18n.number(shock.months, 0) })}</output>
                  </label>
                ) : null}
                <button
                  type="button"
                  className="remove"
                  aria-label={m("web.stress.removeShock", { n: i18n.number(n, 0) })}
                  onClick={() => writeShocks(state.shocks.filter((_, k) => k !== i))}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          data-action="add-shock"
          onClick={() => writeShocks([...state.shocks, { type: "default", entity: entities[0]?.id ?? "" }])}
        >
          {m("web.stress.addShock")}
        </button>
      </fieldset>

      <ModelPicker
        model={state.model}
        options={state.options}
        onModel={(name) => setView({ scenario: base, model: name, options: null })}
        onOption={(key, value, mode) =>
          setView(
            {
              scenario: base,
              model: state.model,
              options: encodeOptions({ ...state.options, [key]: value }),
            },
            mode,
          )
        }
      />
    </section>
  );
}
