/**
 * Money with no known years. A contract paid over a term (capacity, chips, space, power, or a
 * programme that lends or builds over years) whose data gives neither an end, a term nor a schedule is
 * placed by flows/timing.ts at its start or its announcement: that is where it begins, not when it is
 * paid. Yearly tables leave such a row out and show it apart as undated, so no year carries a whole
 * multi-year amount (OpenAI's 10 GW of Nvidia systems, ~$500B from H2 2026 with no end, had all landed
 * in 2026). A one-off transaction (an equity round, a bond, a loan, an acquisition) does move at its
 * date and keeps it.
 */

import type { FlowRow } from "./expand.ts";

/** Deal types whose money is paid over a term, not at once. */
export const TERM_TYPES: ReadonlySet<string> = new Set([
  "compute-commitment",
  "chip-supply",
  "lease",
  "power-purchase",
  // A financing programme (Nvidia's >$500B platforms) or a build-out partnership lends or spends
  // over years; none in the data moves at its announcement.
  "vendor-financing",
  "partnership",
]);

/** A term contract placed by its announcement or its start alone: the years it is paid in are unknown. */
export function isUndated(
  row: Pick<FlowRow, "deal" | "timing">,
  types: ReadonlyMap<string, string>,
): boolean {
  return (
    (row.timing === "at-announcement" || row.timing === "at-start") &&
    TERM_TYPES.has(types.get(row.deal) ?? "")
  );
}
