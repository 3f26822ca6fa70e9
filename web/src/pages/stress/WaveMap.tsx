/**
 * The cascade on the loop map: the overview's network drawing with each company marked as hit by a
 * shock, defaulted, or defaulting in the step shown. The steps are "the shocks" and then each wave
 * of defaults; the buttons, the arrow keys (mirrored in Arabic), Home and End move through them, and
 * Play walks the cascade once. What a step shows is also said in words, for screen readers.
 */
import type { Basis } from "@core/flows/expand.ts";
import { moneyGraph } from "@core/network/money-graph.ts";
import type { StressResult } from "@core/stress/run-scenario.ts";
import { listSeparator } from "@i18n/format.ts";
import { type KeyboardEvent, useEffect, useMemo, useState } from "react";
import { NetworkChart } from "../../charts/NetworkChart.tsx";
import type { NodeMark } from "../../charts/network-style.ts";
import { NetworkTable } from "../../components/NetworkTable.tsx";
import type { Model } from "../../data/model.ts";
import { useI18n } from "../../i18n/index.ts";
import { networkOf } from "../../model/network.ts";
import { cascadeSteps, marksAt } from "../../model/stress-steps.ts";

type Props = {
  model: Model;
  result: StressResult;
  /** Entities a shock hits directly. */
  shocked: readonly string[];
  name: (id: string) => string;
  onSelect: (id: string) => void;
};

const PLAY_MS = 1100;

export function WaveMap({ model, result, shocked, name, onSelect }: Props) {
  const i18n = useI18n();
  const { m, number, lang } = i18n;
  const steps = useMemo(() => cascadeSteps(result), [result]);
  const last = steps.length - 1;
  // The step shown belongs to one cascade. A new result opens on its full picture in the same render
  // that draws it: reset by an effect, the map would show one render with the old step, and a "next"
  // button read then would be enabled for a step the new cascade does not have.
  const [picked, setPicked] = useState<{ of: typeof steps; step: number; playing: boolean } | null>(null);
  const view = picked?.of === steps ? picked : { step: last, playing: false };
  const { step, playing } = view;
  const show = (k: number, play: boolean) => setPicked({ of: steps, step: k, playing: play });
  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPicked({ of: steps, step, playing: false });
      return;
    }
    const timer = setTimeout(
      () => setPicked({ of: steps, step: Math.min(last, step + 1), playing: true }),
      PLAY_MS,
    );
    return () => clearTimeout(timer);
  }, [playing, step, last, steps]);

  const network = useMemo(
    () =>
      networkOf(
        model,
        moneyGraph(model.dataset, { basis: result.basis as Basis, asOf: result.asOf }),
        "type-group",
      ),
    [model, result.basis, result.asOf],
  );
  const marks = useMemo(() => marksAt(steps, step, shocked), [steps, step, shocked]);
  const onMap = new Set(network.nodes.map((n) => n.id));
  const shown = steps[step] ?? steps[0];
  const defaulted = [...marks]
    .filter(([, m]) => m.has("defaulted") || m.has("new-default"))
    .map(([id]) => id);
  const stepName = (k: number) => {
    const s = steps[k];
    return s?.wave === null || s === undefined
      ? m("web.stress.stepShocks")
      : m("web.stress.stepWave", { wave: number(s.wave, 0) });
  };
  const joiner = listSeparator(lang);
  const fresh = shown?.entities ?? [];
  // What the step adds: at the shocks, who they hit (none named: nothing to add, not a dangling "·").
  const stepDetail =
    step === 0
      ? shocked.map(name).join(joiner)
      : fresh.length > 0
        ? m("web.stress.stepDefaults", { names: fresh.map(name).join(joiner) })
        : m("web.stress.stepNone");
  const offMap = defaulted.filter((id) => !onMap.has(id));
  const go = (k: number) => show(Math.max(0, Math.min(last, k)), false);
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const forward = i18n.dir === "rtl" ? "ArrowLeft" : "ArrowRight";
    const back = i18n.dir === "rtl" ? "ArrowRight" : "ArrowLeft";
    const to =
      event.key === forward
        ? step + 1
        : event.key === back
          ? step - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (to === null) return;
    event.preventDefault();
    go(to);
  };

  return (
    <section className="wave-map" aria-labelledby="wave-map-heading">
      <h2 id="wave-map-heading">{m("web.stress.mapTitle")}</h2>
      <div className="wave-controls">
        <button type="button" data-action="previous-wave" onClick={() => go(step - 1)} disabled={step === 0}>
          {m("web.stress.previous")}
        </button>
        <button
          type="button"
          data-action="play"
          onClick={() => {
            if (playing) show(step, false);
            else show(step >= last ? 0 : step, true);
          }}
          disabled={last === 0}
        >
          {playing ? m("web.stress.pause") : m("web.stress.play")}
        </button>
        <button type="button" data-action="next-wave" onClick={() => go(step + 1)} disabled={step === last}>
          {m("web.stress.next")}
        </button>
        <span className="wave-help">{m("web.stress.stepHelp")}</span>
      </div>
      <div
        className="wave-frame"
        tabIndex={0}
        role="slider"
        aria-label={m("web.stress.mapTitle")}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={step}
        aria-valuetext={stepName(step)}
        onKeyDown={onKey}
        data-step={step}
        data-steps={steps.length}
        data-defaulted={[...defaulted].sort().join(",")}
      >
        <NetworkChart
          network={network}
          chart={{
            name: m("web.stress.mapTitle"),
            finding: m("web.findings.cascade", { step: stepName(step), count: defaulted.length }),
            fileName: "halqa-stress-map",
            label: m("web.stress.mapLabel", { step: stepName(step), count: defaulted.length }),
          }}
          marks={marks as ReadonlyMap<string, ReadonlySet<NodeMark>>}
          name={name}
          onSelect={onSelect}
        >
          <NetworkTable
            network={network}
            name={name}
            onSelect={onSelect}
            caption={m("web.stress.mapTitle")}
          />
        </NetworkChart>
      </div>
      <p className="status" aria-live="polite" data-figure="step">
        {m("web.stress.stepOf", {
          n: number(step + 1, 0),
          total: number(steps.length, 0),
          step: stepName(step),
        })}
        {stepDetail ? ` · ${stepDetail}` : null}
      </p>
      {offMap.length > 0 ? (
        <p className="hint">{m("web.stress.offMap", { names: offMap.map(name).join(joiner) })}</p>
      ) : null}
      <ul className="mark-legend">
        <li>
          <span className="mark shocked" aria-hidden="true" />
          {m("web.stress.shocked")}
        </li>
        <li>
          <span className="mark defaulted" aria-hidden="true" />
          {m("cli.defaulted")}
        </li>
        <li>
          <span className="mark new-default" aria-hidden="true" />
          {m("web.stress.newDefault")}
        </li>
      </ul>
    </section>
  );
}
