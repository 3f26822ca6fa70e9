/**
 * Nvidia's financing of others in the deals ÷ its revenue, as a credit analyst reads a vendor's
 * exposure: the direct money (equity, loans, vendor financing, SPV equity: cash it puts in) is the
 * headline, and the contingent exposure (guarantees and backstops: paid only if the party it stands
 * behind does not pay or buy) is a ratio of its own, never added to the first. A guarantee is an
 * off-balance-sheet contingent liability until it is called (ASC 460-10; IAS 37 ¶10), so summing it
 * with money paid out would double the headline on a $105B promise (the Ohio campus guarantee).
 *
 * Tunguz's "$110B of direct investment commitments ≈ 85% of revenue" (2025-10-03), the published
 * figure beside both, counts investments only, which is the direct ratio's numerator.
 */

import { expandFlows, type FlowRow } from "../flows/expand.ts";
import type { Dataset } from "../model/dataset.ts";
import {
  dealsOf,
  flowsInput,
  flowsTotal,
  indicatorInput,
  latestAnnualRevenue,
  type Ratio,
  text,
} from "./inputs.ts";

/** The deal types in which a vendor finances a customer or stands behind it. */
const FINANCING = new Set([
  "equity-investment",
  "vendor-financing",
  "guarantee",
  "spv-financing",
  "private-credit",
]);

type Part = "direct" | "contingent";

/** Tunguz's published ratio (indicators.yaml), beside the direct one. */
const TUNGUZ = "tunguz-nvidia-investment-commitments-to-revenue";

/** Nvidia's announced flows out in financing deals: cash (direct) or guarantee (contingent) flows. */
export function nvidiaFinancingRows(dataset: Pick<Dataset, "deals">, asOf: string, part: Part): FlowRow[] {
  const deals = dataset.deals.filter((d) => FINANCING.has(d.type));
  const kinds = part === "direct" ? (["cash"] as const) : (["guarantee"] as const);
  return expandFlows({ deals }, { basis: "announced", asOf, kinds: [...kinds] }).rows.filter(
    (r) => r.from === "nvidia",
  );
}

function ratioOf(dataset: Dataset, asOf: string, part: Part): Ratio {
  const ownRows = nvidiaFinancingRows(dataset, asOf, part);
  const own = flowsInput(
    text(part === "direct" ? "input.nvidiaFinancing" : "input.nvidiaContingent", {
      count: dealsOf(ownRows).length,
    }),
    ownRows,
  );
  const otherRows = nvidiaFinancingRows(dataset, asOf, part === "direct" ? "contingent" : "direct");
  const revenue = latestAnnualRevenue(dataset, "nvidia");
  const tunguz = indicatorInput(dataset, TUNGUZ, text("input.tunguz"));
  // The other part is named under the ratio with its amount, so a reader sees it was left out, not missed.
  const apart = text(part === "direct" ? "note.contingentApart" : "note.directApart", {
    usd: flowsTotal(otherRows),
    count: dealsOf(otherRows).length,
  });
  const notes = [apart];
  // The published figure is of its own date: the same reading on that date says how much of the gap
  // is deals made, replaced or ended since (Tunguz counted the $100B LOI a later deal replaced).
  const publishedOn = dataset.indicators.find((i) => i.id === TUNGUZ)?.figure.asOf;
  if (part === "direct" && tunguz && revenue && publishedOn && publishedOn < asOf) {
    const then = nvidiaFinancingRows(dataset, publishedOn, "direct");
    const usd = flowsTotal(then);
    notes.push(
      text("note.financingOnPublishedDate", {
        date: publishedOn,
        usd,
        count: dealsOf(then).length,
        ratio: usd / revenue.value,
      }),
    );
  }
  return {
    id: part === "direct" ? "nvidia-deal-financing-to-revenue" : "nvidia-contingent-to-revenue",
    value: revenue ? own.value / revenue.value : null,
    unit: "ratio",
    formula:
      part === "direct"
        ? "report.ratios.formula.dealFinancingToRevenue"
        : "report.ratios.formula.contingentToRevenue",
    inputs: revenue ? [own, revenue] : [own],
    published: part === "direct" && tunguz ? [tunguz] : [],
    missing: revenue ? [] : [text("missingInput.nvidiaRevenue")],
    notes,
  };
}

/** Nvidia's direct financing of others in the deals (cash it puts in) ÷ its latest annual revenue. */
export function nvidiaDealFinancingToRevenue(dataset: Dataset, asOf: string): Ratio {
  return ratioOf(dataset, asOf, "direct");
}

/** Nvidia's contingent exposure in the deals (guarantees, backstops) ÷ the same revenue, apart. */
export function nvidiaContingentToRevenue(dataset: Dataset, asOf: string): Ratio {
  return ratioOf(dataset, asOf, "contingent");
}
