/**
 * The current view of the deals on a date: one reading of each relationship, which every analysis
 * reads, so superseded or duplicated money is never summed along a deal's lineage.
 *
 * A deal's lineage resolves as follows on the as-of date:
 * - `replaces`: a deal B that `replaces` A takes over from B's first reported date. From then on A's
 *   announced and committed figures stop counting (what A actually paid stays on the paid basis);
 *   before it, A counts as it was. A replacement that is itself replaced passes the role on.
 * - dated revisions: a figure's alternatives that carry an `asOf` date are earlier or later readings
 *   of the same figure. The reading in force is the latest one dated on or before the as-of date
 *   (`figureInForce`); an undated preferred figure is the current reading.
 * - `overlaps` and `part-of` stay links between live deals: overlapping reports are resolved when
 *   amounts are added (flows/overlaps.ts, never summed), and a part is counted as itself.
 * - terminations: a deal terminated by the as-of date has standing `terminated`.
 *
 * Each deal also gets a certainty tier (DESIGN.md "Certainty tiers"): `binding` when signed, closed
 * or funded; `announced` when a party said it (announcement, LOI, MOU); `reported` when only the
 * press reports it (talks, rumours). A revision keeps the tier of the status it revised.
 *
 * Complexity: O(D + L + E) for D deals, L links and E status events.
 */
import type { Deal, DealStatus } from "../model/deal.ts";
import type { Figure } from "../model/figure.ts";
import { firstDay } from "../time/dates.ts";
import { statusAsOf } from "./status.ts";

export type CertaintyTier = "binding" | "announced" | "reported";

/** Where a deal stands on the as-of date, after its lineage is resolved. */
export type Standing = CertaintyTier | "replaced" | "terminated";

export const TIER_OF_STATUS: Readonly<Record<Exclude<DealStatus, "revised">, CertaintyTier | "terminated">> =
  {
    rumored: "reported",
    talks: "reported",
    loi: "announced",
    mou: "announced",
    announced: "announced",
    signed: "binding",
    closed: "binding",
    funded: "binding",
    terminated: "terminated",
  };

export type Replacement = {
  /** The deal that replaces this one. */
  by: string;
  /** The date from which the replacement counts (its first reported status). */
  from: string;
};

export type CurrentDeal = {
  deal: Deal;
  /** The status in the deal's own history on the as-of date. */
  status: DealStatus;
  /** Certainty of the deal as reported (the status a revision revised, when the latest is `revised`). */
  tier: CertaintyTier;
  standing: Standing;
  replacedBy?: Replacement;
};

export type CurrentView = {
  asOf: string;
  /** Deals reported by the as-of date, in dataset order. */
  deals: CurrentDeal[];
  byId: ReadonlyMap<string, CurrentDeal>;
};

/** The tier of a deal on a date: the last status of its history that is not a revision. */
export function tierAsOf(deal: Deal, asOf: string): CertaintyTier | "terminated" | undefined {
  const cutoff = firstDay(asOf);
  let tier: CertaintyTier | "terminated" | undefined;
  for (const event of deal.status) {
    if (firstDay(event.date) > cutoff) break;
    if (event.status === "revised") continue;
    tier = TIER_OF_STATUS[event.status];
  }
  return tier;
}

/** The date a deal was first reported: its first status event (or its announcement if earlier). */
export function firstReported(deal: Deal): string {
  const first = deal.status[0]?.date ?? deal.announced;
  return firstDay(first) <= firstDay(deal.announced) ? first : deal.announced;
}

export function currentView(deals: readonly Deal[], asOf: string): CurrentView {
  const cutoff = firstDay(asOf);
  const reportedDeals = new Map<string, Deal>();
  for (const deal of deals) if (statusAsOf(deal, asOf) !== undefined) reportedDeals.set(deal.id, deal);

  // Replacement edges that are in force on the date: the replacing deal is reported and not terminated.
  const replacedBy = new Map<string, Replacement>();
  for (const deal of reportedDeals.values()) {
    if (statusAsOf(deal, asOf) === "terminated") continue;
    const from = firstReported(deal);
    if (firstDay(from) > cutoff) continue;
    for (const link of deal.links ?? []) {
      if (link.type !== "replaces" || link.deal === deal.id || !reportedDeals.has(link.deal)) continue;
      const earlier = replacedBy.get(link.deal);
      // Two replacements of one deal: the earlier one took over first.
      if (!earlier || firstDay(from) < firstDay(earlier.from))
        replacedBy.set(link.deal, { by: deal.id, from });
    }
  }

  const current: CurrentDeal[] = [];
  for (const deal of reportedDeals.values()) {
    const status = statusAsOf(deal, asOf) as DealStatus;
    const tierOrEnd = tierAsOf(deal, asOf);
    const tier: CertaintyTier =
      tierOrEnd === undefined || tierOrEnd === "terminated" ? "reported" : tierOrEnd;
    const replacement = replacedBy.get(deal.id);
    let standing: Standing = tierOrEnd === "terminated" ? "terminated" : tier;
    if (replacement && standing !== "terminated") standing = "replaced";
    const entry: CurrentDeal = { deal, status, tier, standing };
    if (replacement) entry.replacedBy = replacement;
    current.push(entry);
  }
  return { asOf, deals: current, byId: new Map(current.map((c) => [c.deal.id, c])) };
}

/**
 * The reading of a figure in force on a date. Alternatives with an `asOf` are dated readings
 * (revisions); the preferred figure is the reading in force unless it is dated after the as-of
 * date and an earlier dated reading exists, in which case the latest earlier reading is in force.
 * Undated alternatives are conflicting reports, not revisions, and never replace the preferred one.
 */
export function figureInForce(figure: Figure, asOf: string): Figure {
  if (figure.asOf === undefined || !figure.alternatives?.length) return figure;
  const cutoff = firstDay(asOf);
  if (firstDay(figure.asOf) <= cutoff) return figure;
  let best: (typeof figure.alternatives)[number] | undefined;
  for (const alt of figure.alternatives) {
    if (alt.asOf === undefined || firstDay(alt.asOf) > cutoff) continue;
    if (!best || firstDay(alt.asOf) > firstDay(best.asOf as string)) best = alt;
  }
  if (!best) return figure;
  // The earlier reading, with the later ones kept beside it as its alternatives.
  const { alternatives: _unused, ...preferred } = figure;
  const others = [preferred, ...figure.alternatives.filter((a) => a !== best)];
  return { ...best, alternatives: others };
}
