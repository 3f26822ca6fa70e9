/**
 * The first and last calendar year a page shows (power, funding), as two pickers written to the URL.
 * Pickers rather than number fields: a year typed digit by digit would pass through "2", "20", "202".
 */
import { useI18n } from "../i18n/index.ts";
import type { SetView } from "../state/use-view.ts";
import type { View } from "../state/view.ts";

const FIRST = 2020;
const LAST = 2040;

export function YearWindow({ view, setView }: { view: View; setView: SetView }) {
  const { m, year } = useI18n();
  const years: number[] = [];
  for (let y = Math.min(FIRST, view.firstYear); y <= Math.max(LAST, view.lastYear); y++) years.push(y);
  const set = (first: number, last: number) =>
    setView(first <= last ? { firstYear: first, lastYear: last } : { firstYear: last, lastYear: first });
  const picker = (name: string, label: string, value: number, change: (y: number) => void) => (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => change(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {year(y)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="year-window">
      <legend>{m("web.power.window")}</legend>
      {picker("firstYear", m("report.common.from"), view.firstYear, (y) => set(y, view.lastYear))}
      {picker("lastYear", m("report.common.to"), view.lastYear, (y) => set(view.firstYear, y))}
    </fieldset>
  );
}
