/**
 * The explorer's filters: deal types, statuses, the smallest amount shown and a time slider over the
 * announcement months. Each control writes the URL; a drag of a slider or typing in a number makes
 * one history entry (the first change pushes, the following ones replace), so Back undoes it whole.
 */
import { useEffect, useRef, useState } from "react";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "../model/enums.ts";
import type { SetView } from "../state/use-view.ts";
import type { View } from "../state/view.ts";

/** push for the first change of a gesture, replace for the rest of it. */
export function useGesture() {
  const fresh = useRef(true);
  return {
    start: () => {
      fresh.current = true;
    },
    mode: (): "push" | "replace" => {
      const mode = fresh.current ? "push" : "replace";
      fresh.current = false;
      return mode;
    },
  };
}

type ChecksProps<T extends string> = {
  legend: string;
  name: string;
  values: readonly T[];
  selected: readonly T[] | null;
  label: (value: T) => string;
  onChange: (selected: T[] | null) => void;
};

function Checks<T extends string>({ legend, name, values, selected, label, onChange }: ChecksProps<T>) {
  const { m } = useI18n();
  const isOn = (v: T) => selected === null || selected.includes(v);
  const toggle = (v: T) => {
    const next = values.filter((x) => (x === v ? !isOn(x) : isOn(x)));
    onChange(next.length === values.length ? null : next);
  };
  return (
    <fieldset data-filter={name}>
      <legend>{legend}</legend>
      <div className="checks-tools">
        <button type="button" onClick={() => onChange(null)}>
          {m("web.filters.all")}
        </button>
        <button type="button" onClick={() => onChange([])}>
          {m("web.filters.none")}
        </button>
      </div>
      <div className="checks">
        {values.map((v) => (
          <label key={v}>
            <input type="checkbox" name={name} value={v} checked={isOn(v)} onChange={() => toggle(v)} />
            {label(v)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The smallest amount, typed in billions; the text is local so "1." can be typed on the way to "1.5". */
function MinAmount({ view, setView }: { view: View; setView: SetView }) {
  const { m } = useI18n();
  const gesture = useGesture();
  const [text, setText] = useState(String(view.min / 1e9));
  useEffect(() => {
    setText((shown) => (Number(shown) * 1e9 === view.min ? shown : String(view.min / 1e9)));
  }, [view.min]);
  return (
    <div className="row">
      <label>
        {m("web.filters.minAmount")}
        <input
          type="number"
          name="min"
          min={0}
          step={0.5}
          inputMode="decimal"
          value={text}
          aria-describedby="min-help"
          onFocus={gesture.start}
          onChange={(e) => {
            setText(e.target.value);
            const billions = Number(e.target.value);
            setView({ min: Number.isFinite(billions) && billions > 0 ? billions * 1e9 : 0 }, gesture.mode());
          }}
        />
      </label>
      <span id="min-help" className="hint">
        {m("web.filters.minAmountHelp")}
      </span>
    </div>
  );
}

export function Filters({ view, setView }: { view: View; setView: SetView }) {
  const { m, label, date } = useI18n();
  const { months } = useModel();
  const gesture = useGesture();
  const last = Math.max(months.length - 1, 0);
  const fromIndex = view.from ? Math.max(0, months.indexOf(view.from)) : 0;
  const toIndex = view.to && months.includes(view.to) ? months.indexOf(view.to) : last;
  const setMonths = (from: number, to: number) => {
    const [a, b] = from <= to ? [from, to] : [to, from];
    setView(
      { from: a > 0 ? (months[a] ?? null) : null, to: b < last ? (months[b] ?? null) : null },
      gesture.mode(),
    );
  };
  const gestureProps = { onPointerDown: gesture.start, onKeyDown: gesture.start, onFocus: gesture.start };
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{m("web.filters.heading")}</h2>
      <Checks
        legend={m("web.filters.dealTypes")}
        name="types"
        values={DEAL_TYPES}
        selected={view.types}
        label={(v) => label("dealType", v)}
        onChange={(types) => setView({ types })}
      />
      <Checks
        legend={m("web.filters.statuses")}
        name="statuses"
        values={DEAL_STATUSES}
        selected={view.statuses}
        label={(v) => label("status", v)}
        onChange={(statuses) => setView({ statuses })}
      />
      <MinAmount view={view} setView={setView} />
      <fieldset className="range" data-filter="period">
        <legend>{m("web.filters.period")}</legend>
        <label htmlFor="period-from">{m("report.common.from")}</label>
        <input
          id="period-from"
          type="range"
          min={0}
          max={last}
          value={fromIndex}
          aria-valuetext={date(months[fromIndex] ?? "")}
          {...gestureProps}
          onChange={(e) => setMonths(Number(e.target.value), toIndex)}
        />
        <output htmlFor="period-from">{date(months[fromIndex] ?? "")}</output>
        <label htmlFor="period-to">{m("report.common.to")}</label>
        <input
          id="period-to"
          type="range"
          min={0}
          max={last}
          value={toIndex}
          aria-valuetext={date(months[toIndex] ?? "")}
          {...gestureProps}
          onChange={(e) => setMonths(fromIndex, Number(e.target.value))}
        />
        <output htmlFor="period-to">{date(months[toIndex] ?? "")}</output>
      </fieldset>
      <div>
        <button
          type="button"
          onClick={() => setView({ types: null, statuses: null, min: 0, from: null, to: null })}
        >
          {m("web.filters.reset")}
        </button>
      </div>
    </section>
  );
}
