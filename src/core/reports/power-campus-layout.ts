/**
 * The power report's table of what is counted: each campus or deal with some GW in the last year, the
 * rule it is counted by, and where its GW are already counted (the same GW in a host campus or
 * contract, core/power/same-gw.ts). Names are composed of records (sites, deals) so that every face
 * names them in its language.
 */

import type { PowerResult } from "../power/balance.ts";
import type { CampusRow } from "../power/by-owner.ts";
import type { Cell, MessageCell, Unit } from "./layout.ts";
import { table } from "./layout.ts";
import { gw, P, sources } from "./power-columns.ts";

/** Values joined two by two through a message ("{first}; {rest}"), so each keeps its own unit and name. */
function chain(key: string, items: readonly CellOf[]): CellOf | undefined {
  const [first, ...rest] = items;
  if (!first) return undefined;
  const tail = chain(key, rest);
  return tail
    ? { value: { key, values: { first, rest: tail } } satisfies MessageCell, unit: "message" }
    : first;
}
type CellOf = { value: Cell; unit: Unit };

/** A campus by its sites' names, else the deal its first flow belongs to. */
function campusName(c: Pick<CampusRow, "id" | "sites" | "flows">): CellOf {
  const sites = chain(
    "report.power.sites",
    c.sites.map((s) => ({ value: `sites:${s}`, unit: "record" })),
  );
  return sites ?? { value: (c.flows[0] ?? c.id).split("/")[0] ?? c.id, unit: "deal" };
}

/** A campus row with the rows its "same GW as" names, which may be campuses the table does not show. */
export type CampusLine = CampusRow & { hosts: readonly (CampusRow | undefined)[] };

/** Where a line's GW are already counted: each host campus with the GW, joined. */
function sameAsCell(c: CampusLine): Cell {
  const items: CellOf[] = c.sameAs.map((x, i) => {
    const host = c.hosts[i];
    return {
      value: {
        key: "report.power.sameAsItem",
        values: {
          campus: host ? campusName(host) : { value: x.host, unit: "text" },
          gw: { value: x.gw, unit: "gw" },
        },
      },
      unit: "message",
    };
  });
  return chain("report.power.sameAsList", items)?.value ?? null;
}

/** The campuses and deals with some GW in the last year, each with the rows of its hosts. */
export function countedCampuses(r: Pick<PowerResult, "campuses">): CampusLine[] {
  const byId = new Map(r.campuses.map((c) => [c.id, c]));
  return r.campuses
    .filter((c) => c.capacityGw > 0 || c.securedGw > 0)
    .map((c) => ({ ...c, hosts: c.sameAs.map((x) => byId.get(x.host)) }));
}

export const CAMPUSES = table<PowerResult, CampusLine>({
  id: "campuses",
  title: `${P}.campuses`,
  empty: `${P}.none`,
  rows: countedCampuses,
  columns: [
    {
      id: "campus",
      label: `${P}.campus`,
      unit: "text",
      unitOf: (c) => campusName(c).unit,
      value: (c) => campusName(c).value,
      mark: (c) => (c.delayed ? "⏳" : undefined),
      // Deal titles run to a hundred characters; the narrow terminal keeps their first words.
      maxWidth: 48,
    },
    // The layer and the rule say how a line is counted; the narrow terminal keeps the GW and the power.
    {
      id: "layer",
      label: `${P}.layer`,
      unit: "message",
      value: (c) => `${P}.layers.${c.layer}`,
      optional: true,
    },
    { id: "rule", label: `${P}.rule`, unit: "message", value: (c) => `${P}.rules.${c.rule}`, optional: true },
    // A campus known only by its power (xAI's Colossus sites) has no capacity figure: "—", never 0 GW.
    gw("capacityGw", "report.power.ownGw", (c) => (c.capacityKnown ? c.capacityGw : null)),
    gw("countedGw", `${P}.countedGw`, (c) => (c.capacityKnown ? c.countedGw : null)),
    { id: "sameAs", label: `${P}.sameAs`, unit: "message", value: sameAsCell },
    gw("securedGw", `${P}.secured`, (c) => c.securedGw, true),
    {
      id: "power",
      label: `${P}.power`,
      unit: "message",
      value: (c) => (c.powerKnown ? `${P}.known` : `${P}.notKnown`),
    },
    sources<CampusLine>(true),
  ],
});
