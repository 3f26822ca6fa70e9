/** The circularity report's words (`halqa circularity`, /api/circularity, the Circularity page). */
export const reportCircularityEn = {
  title: "Circularity",
  nodesTitle: "Own money back along loops (traceable)",
  none: "No cash moves in this view: nothing to trace.",
  entity: "Entity",
  throughput: "Money through it",
  loopShare: "Own money back along loops",
  loopCount: "Loops",
  mixingShare: "Mixing share (all routes)",
  fromOutside: "From outside",
  loopDeals: "The deals on each step of these loops",
  from: "From",
  to: "To",
  amount: "Amount",
  deals: "Deals",
  multiplierLine:
    "Round-trip multiplier {multiplier}: {flow} of payments inside the network for {outside} that entered from outside.",
  loopSearchLine:
    "Loops of up to {maxLength} payments followed: {cycles} found. A loop's share is the product, step by step, of the part of each payer's money paid to the next.",
  nullLine: "Null model ({samples} degree-preserving rewirings): mean multiplier {mean}, p = {p}.",
  loopSharesChart: "How much of each entity's money comes back to it along loops",
} as const;
