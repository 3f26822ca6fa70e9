/**
 * A date field that shows its date as the page writes dates. A browser draws `<input type="date">` in
 * its own locale ("11/21/2026": month first, Latin digits, even on an Arabic page); docs/arabic-style.md
 * wants "21 نوفمبر 2026", in the page's digits. The native input stays (it holds the ISO value the app
 * reads, takes the keyboard and opens the calendar), its own text hidden under the date in the page's
 * language; the page-digits pass converts that text like any other. Enter or Space opens the calendar;
 * the arrow keys still step the field's parts, and the date shown follows each step.
 */
import type { KeyboardEvent } from "react";
import { useI18n } from "../i18n/index.ts";

type Props = {
  /** What the field is, shown before it and read as its name. */
  label: string;
  /** An ISO day (YYYY-MM-DD), or "" for none. */
  value: string;
  /** The ISO day chosen, or null when the reader clears the field. */
  onChange: (iso: string | null) => void;
  className?: string;
};

function openCalendar(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== "Enter" && event.key !== " ") return;
  const input = event.currentTarget;
  // showPicker is missing in older browsers; there the field keeps its own keys.
  if (typeof input.showPicker !== "function") return;
  event.preventDefault();
  try {
    input.showPicker();
  } catch {
    // A browser may refuse (the field is hidden or not focused by the reader): the keys still work.
  }
}

export function DateField({ label, value, onChange, className }: Props) {
  const { date } = useI18n();
  return (
    <label className={className ? `date-field ${className}` : "date-field"}>
      {label}
      <span className="date-field-box">
        <input
          type="date"
          value={value}
          onChange={(e) => onChange(e.target.value || null)}
          onKeyDown={openCalendar}
        />
        <span className="date-field-shown" data-date={value}>
          {value ? date(value) : ""}
        </span>
      </span>
    </label>
  );
}
