/**
 * A labelled range slider with its value spoken and shown beside it. A drag or a run of arrow keys
 * makes one history entry: the first change of a gesture pushes, the rest replace it, so Back undoes
 * the whole gesture (as the explorer's time slider does).
 */
import { useRef } from "react";

export type ChangeMode = "push" | "replace";

type Props = {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  /** The value in words, shown and read out ("12 months", "72.7 % a year"). */
  valueText: string;
  onChange: (value: number, mode: ChangeMode) => void;
  describedBy?: string;
};

export function Slider({ id, label, min, max, step, value, valueText, onChange, describedBy }: Props) {
  const fresh = useRef(true);
  const start = () => {
    fresh.current = true;
  };
  return (
    <div className="range slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText}
        aria-describedby={describedBy}
        onPointerDown={start}
        onKeyDown={start}
        onFocus={start}
        onChange={(e) => {
          const mode = fresh.current ? "push" : "replace";
          fresh.current = false;
          onChange(Number(e.target.value), mode);
        }}
      />
      <output htmlFor={id} data-value={value}>
        {valueText}
      </output>
    </div>
  );
}
