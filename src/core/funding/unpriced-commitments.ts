/**
 * Commitments an entity owes that the data cannot price: deals in which it is the lessee or the buyer
 * (or the customer of a purchase, such as a power purchase agreement),
 * counted on the basis (binding on `committed`; announced or binding on `announced`), where no cash
 * flows from it. Oracle leases the Abilene, Vantage and Michigan campuses for years, but the rents are
 * not reported: its commitments due in those years are unknown, not $0 (docs/methods/funding.md).
 *
 * A deal linked as overlapping one in which the entity does pay (the July 2025 Stargate 4.5 GW lease
 * beside the $300B contract) is the same commitment already priced, so it is left out. On the paid
 * basis nothing is owed ahead, so nothing is listed.
 *
 * Years covered: the deal's period (start to end or term); with a start only or no period at all, from
 * the start (or the announcement) to the end of the window — a lease with no stated end runs on. In a
 * financing deal (the banks' $38B to Vantage) the period is the loan's, not the tenant's lease: the
 * lease runs from the start to the end of the window.
 * Complexity: O(D·P) for D deals of P parties, plus the links.
 */

import { currentView } from "../dataset/current-view.ts";
import { isBindingAsOf } from "../dataset/status.ts";
import type { Basis } from "../flows/expand.ts";
import type { Deal, DealType, PartyRole } from "../model/deal.ts";
import { endAfterYears, firstDay, yearOfDay } from "../time/dates.ts";

/**
 * The deal types that finance a company (the money it raises); their period is a loan's or a raise's
 * term, not the term of the lease or purchase beside it.
 */
export const FINANCING_TYPES: readonly DealType[] = [
  "equity-investment",
  "vendor-financing",
  "loan",
  "bond",
  "private-credit",
  "spv-financing",
];
const FINANCING: ReadonlySet<DealType> = new Set(FINANCING_TYPES);

/** The roles that owe the other side money for what they receive. */
const PAYING_ROLES: ReadonlySet<PartyRole> = new Set(["lessee", "buyer"]);

/**
 * Whether a party owes the other side money for what it receives. A "customer" does too, in a purchase
 * (Microsoft's 20-year Crane PPA names it the customer, and no price is reported); in a financing deal
 * the customer is the end user of what the money builds (OpenAI in the banks' $38B to Vantage), and
 * the borrower or issuer pays.
 */
function pays(role: PartyRole, type: DealType): boolean {
  return PAYING_ROLES.has(role) || (role === "customer" && !FINANCING.has(type));
}

export type UnpricedOptions = {
  entity: string;
  basis: Basis;
  asOf: string;
  fromYear: number;
  toYear: number;
};

/** Per year of the window, the deals (ids) whose payments by the entity fall due then but have no price. */
export function unpricedCommitments(deals: readonly Deal[], options: UnpricedOptions): Map<number, string[]> {
  const { entity, basis, asOf, fromYear, toYear } = options;
  const out = new Map<number, string[]>();
  if (basis === "paid") return out;
  const paysCash = (d: Deal) =>
    d.flows.some((f) => f.kind === "cash" && f.unit === "USD" && f.from === entity);
  const paying = new Set(deals.filter(paysCash).map((d) => d.id));
  for (const { deal, standing, tier } of currentView(deals, asOf).deals) {
    if (standing === "terminated" || standing === "replaced") continue;
    if (basis === "committed" ? !isBindingAsOf(deal, asOf) : tier === "reported") continue;
    if (!deal.parties.some((p) => p.entity === entity && pays(p.role, deal.type))) continue;
    if (paying.has(deal.id) || overlapsPriced(deal, deals, paying)) continue;
    const [first, last] = yearsCovered(deal, toYear);
    for (let y = Math.max(first, fromYear); y <= Math.min(last, toYear); y++)
      out.set(y, [...(out.get(y) ?? []), deal.id]);
  }
  return out;
}

/** True when the deal is linked as the same money as a deal the entity pays in (either direction). */
function overlapsPriced(deal: Deal, deals: readonly Deal[], paying: ReadonlySet<string>): boolean {
  if (deal.links?.some((l) => l.type === "overlaps" && paying.has(l.deal))) return true;
  return deals.some(
    (d) => paying.has(d.id) && (d.links ?? []).some((l) => l.type === "overlaps" && l.deal === deal.id),
  );
}

function yearsCovered(deal: Deal, toYear: number): [number, number] {
  const p = deal.period;
  const first = Number((p?.start ?? deal.announced).slice(0, 4));
  if (FINANCING.has(deal.type)) return [first, toYear];
  if (p?.end !== undefined) return [first, Number(p.end.slice(0, 4))];
  if (p?.years !== undefined) return [first, yearOfDay(endAfterYears(firstDay(p.start), p.years))];
  return [first, toYear];
}
