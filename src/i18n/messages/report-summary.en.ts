/** The summary report's words (`halqa summary`, /api/stats, the Overview page). */
export const reportSummaryEn = {
  title: "halqa — the circular AI economy, from the bundled data",
  counts: "What is in the dataset",
  totalsByBasis: "Totals by value basis",
  measure: "",
  money: "Money flows (USD, overlaps counted once)",
  contingent: "Guarantees and backstops (contingent, USD)",
  gigawatts: "Compute capacity (GW, each GW once, peak year)",
  basis: { committed: "committed", announced: "announced", paid: "paid" },
  largestDeals: "Largest deals (USD)",
  deal: "Deal",
  countedIn: "Counted in",
  status: "Status",
  entitiesByKind: "Entities by kind",
  dealsByType: "Deals by type",
  dealsByStatus: "Deals by status",
  sourcesByPublisher: "Sources by outlet",
  outlet: "Outlet",
  count: "Count",
  totalsNotes:
    "Headline: {committed} committed (binding), {announced} announced. Not in the totals: {reported} that only the press reports (talks, rumours; --include-reported adds it) and {replaced} of deals replaced by later ones. Of the announced total, {estimated} rests on estimates (marked ≈).",
} as const;
