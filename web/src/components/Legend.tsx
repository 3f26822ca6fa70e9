/** What the network drawings' colours and shapes mean, in words beside the picture. */
import { GROUP_COLOUR, KIND_SYMBOL } from "../charts/palette.ts";
import { useI18n } from "../i18n/index.ts";
import { KIND_GROUPS, type KindGroup, TYPE_GROUPS } from "../model/enums.ts";

const SHAPES: Record<string, string> = {
  circle: "M6 1a5 5 0 1 0 0.01 0Z",
  diamond: "M6 0.5 11.5 6 6 11.5 0.5 6Z",
  rect: "M1.5 1.5h9v9h-9Z",
  roundRect: "M3.5 1.5h5a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2Z",
  triangle: "M6 1 11 11H1Z",
  pin: "M6 11.5 2.2 6.2a4.3 4.3 0 1 1 7.6 0Z",
};

function Shape({ group }: { group: KindGroup }) {
  const muted = group === "financiers" || group === "spv" || group === "other";
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="shape">
      <path d={SHAPES[KIND_SYMBOL[group]]} fill={muted ? "#9ca3af" : "#1f2937"} />
    </svg>
  );
}

export function Legend({ kinds }: { kinds: ReadonlySet<KindGroup> }) {
  const { m } = useI18n();
  return (
    <div className="legend">
      <div>
        <h3>{m("web.legend.dealTypes")}</h3>
        <ul>
          {TYPE_GROUPS.map((g) => (
            <li key={g}>
              <span className="swatch" style={{ background: GROUP_COLOUR[g] }} aria-hidden="true" />
              {m(`web.groups.${g}`)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>{m("web.legend.kinds")}</h3>
        <ul>
          {KIND_GROUPS.filter((g) => kinds.has(g)).map((g) => (
            <li key={g}>
              <Shape group={g} />
              {m(`web.kindGroups.${g}`)}
            </li>
          ))}
        </ul>
      </div>
      <p className="hint">{m("web.legend.size")}</p>
    </div>
  );
}
