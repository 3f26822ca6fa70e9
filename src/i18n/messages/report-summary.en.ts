/** The summary report's words (`halqa summary`, /api/stats, the Overview page). */
export const reportSummaryEn = {
  title: "halqa — the circular AI economy, from the bundled data",
  counts: "What is in the dataset",
  totalsByBasis: "Totals by value basis",
  basis: { committed: "committed", announced: "announced", paid: "paid" },
  basisColumn: "Basis",
  moneyColumn: "Money flows",
  contingentColumn: "Guarantees",
  gigawattsColumn: "Compute capacity",
  totalsHow:
    "Money flows are in dollars, with deals whose reports overlap counted once; paid counts only the payments a source reports; guarantees and backstops are contingent dollars; compute capacity counts each gigawatt once, in its peak year.",
  largestDeals: "Largest deals, by committed (binding) amount (USD)",
  deal: "Deal",
  parties: "Parties",
  dealCountedIn: "{deal} (counted in {countedIn})",
  status: "Status",
  paidUnknown: "not reported",
  entitiesByKind: "Entities by kind",
  dealsByType: "Deals by type",
  dealsByStatus: "Deals by status",
  sourcesByPublisher: "Sources by outlet",
  outlet: "Outlet",
  count: "Count",
  totalsNotes:
    "Headline: {committed} committed (binding), {announced} announced. Not in the totals: {reported} that only the press reports (talks, rumours) and {replaced} of deals replaced by later ones. Of the announced total, {estimated} rests on estimates (marked ≈).",
} as const;
