/**
 * The largest loops as a list. Hovering or focusing an item highlights its loop on the map; activating
 * it pins the highlight (and puts it in the URL); activating it again unpins it.
 */
import { loopCaveats, type MoneyLoop } from "@core/loops/money-loops.ts";
import { useI18n } from "../i18n/index.ts";
import { loopKey } from "../model/network.ts";

type Props = {
  loops: readonly MoneyLoop[];
  name: (id: string) => string;
  pinned: string | null;
  onHover: (key: string | null) => void;
  onPin: (key: string | null) => void;
};

export function loopText(loop: MoneyLoop, name: (id: string) => string, arrow: string): string {
  const first = loop.entities[0];
  return [...loop.entities, ...(first ? [first] : [])].map(name).join(` ${arrow} `);
}

export function LoopList({ loops, name, pinned, onHover, onPin }: Props) {
  const { m, usd, label } = useI18n();
  if (loops.length === 0) return <p>{m("web.overview.noLoops")}</p>;
  return (
    <ol className="loops">
      {loops.map((loop) => {
        const key = loopKey(loop.entities);
        const flags = [
          loop.nonBinding
            ? m("cli.flagNonBinding")
            : loop.includesNonBinding
              ? m("cli.flagIncludesNonBinding")
              : null,
          loop.conditional
            ? m("cli.flagConditional")
            : loop.includesConditional
              ? m("cli.flagIncludesConditional")
              : null,
        ].filter((f): f is string => f !== null);
        const caveats = loopCaveats(loop).map(
          (c) =>
            `${c.kind === "estimate" ? m("report.common.estimate") : c.kind === "financing-replaced" ? m("cli.financingReplaced") : c.status === "announced" ? m("cli.announcementOnly") : label("status", c.status)} (${name(c.from)} ${m("web.units.arrow")} ${name(c.to)})`,
        );
        return (
          <li key={key}>
            <button
              type="button"
              className="loop"
              data-loop={key}
              aria-pressed={pinned === key}
              onMouseEnter={() => onHover(key)}
              onMouseLeave={() => onHover(null)}
              onFocus={() => onHover(key)}
              onBlur={() => onHover(null)}
              onClick={() => onPin(pinned === key ? null : key)}
            >
              <span className="loop-path">{loopText(loop, name, m("web.units.arrow"))}</span>
              {caveats.length > 0 ? (
                <span className="loop-caveat">
                  {" "}
                  {m("cli.restsOn", { what: caveats.join(m("cli.listSeparator")) })}
                </span>
              ) : null}
              <span className="loop-figures">
                {m("web.overview.bottleneck", { amount: usd(loop.bottleneck) })} ·{" "}
                {m("web.overview.total", { amount: usd(loop.total) })} ·{" "}
                {m("report.common.count.step", { count: loop.steps.length })}
              </span>
              {flags.length > 0 ? <span className="loop-flags">{flags.join(" · ")}</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
