/**
 * A number input that keeps what the reader types ("1." or "" on the way to "1.5") and reports a
 * value only when the text is a finite number, so a half-typed number never becomes a wrong one.
 * When the value changes from outside (a reset, Back), the text follows.
 */
import { useEffect, useState } from "react";

type Props = {
  /** null shows an empty field with the placeholder (a value no source gives, never a zero). */
  value: number | null;
  placeholder?: string;
  onChange: (value: number) => void;
  label: string;
  min?: number;
  max?: number;
  step?: number | "any";
  id?: string;
  dataKey?: string;
};

const tidy = (x: number | null) => (x === null ? "" : String(Number(x.toPrecision(6))));

export function NumberField(props: Props) {
  const { value, onChange, label, min, max, step = "any", id, dataKey, placeholder } = props;
  const [text, setText] = useState(tidy(value));
  useEffect(() => {
    setText((current) =>
      value !== null && Number(current) === value && current.trim() !== "" ? current : tidy(value),
    );
  }, [value]);
  const invalid =
    (text.trim() === "" && value !== null) ||
    !Number.isFinite(Number(text)) ||
    (min !== undefined && Number(text) < min) ||
    (max !== undefined && Number(text) > max);
  return (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      className="number"
      step={step}
      min={min}
      max={max}
      value={text}
      placeholder={placeholder}
      aria-label={label}
      aria-invalid={invalid}
      data-input={dataKey}
      onChange={(e) => {
        setText(e.target.value);
        const next = Number(e.target.value);
        const inRange = (min === undefined || next >= min) && (max === undefined || next <= max);
        if (e.target.value.trim() !== "" && Number.isFinite(next) && inRange) onChange(next);
      }}
    />
  );
}
