/**
 * The controls the pages share: the value basis and the as-of date on which statuses are read. A page
 * whose numbers do not depend on the basis (the stress test: its scenario names its own) shows the
 * date only.
 */
import { BASES } from "@core/flows/expand.ts";
import { DateField } from "../components/DateField.tsx";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { useView } from "../state/use-view.ts";

export function ViewBar({ basis: showBasis = true }: { basis?: boolean }) {
  const { m, date } = useI18n();
  const [view, setView] = useView();
  const asOf = view.asOf ?? todayIso();
  return (
    <div className="viewbar">
      {showBasis ? (
        <fieldset className="basis">
          <legend>{m("web.basis.label")}</legend>
          {BASES.map((basis) => (
            <label key={basis}>
              <input
                type="radio"
                name="basis"
                value={basis}
                checked={view.basis === basis}
                onChange={() => setView({ basis })}
              />
              {m(`web.basis.${basis}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <DateField
        className="asof"
        label={m("web.filters.asOf")}
        value={asOf.length === 10 ? asOf : ""}
        onChange={(iso) => setView({ asOf: iso })}
      />
      <p className="hint">
        {m("web.app.asOf", { date: date(asOf) })}
        {showBasis ? ` · ${m("web.basis.help")}` : ""}
      </p>
    </div>
  );
}
