/** The pages' words: funding (keys web.funding.* …). */
export const webFundingEn = {
  funding: {
    heading: "Funding gap",
    intro:
      "Can the company pay for what it has signed? Per year: revenue (reported, forecast or projected), the commitments falling due, other costs, operating cash flow, the financing lined up, the gap left, cumulative burn and the cash at the end of the year. Computed in your browser by the engine behind halqa funding.",
    basisNote:
      'On the announced basis, headline "up to" amounts count as commitments and as financing; halqa funding and the API use the committed basis unless told otherwise.',
    useCommitted: "Use the committed basis",
    growthLabel: "Revenue growth after {year}",
    growthNoYear: "Revenue growth",
    growthValue: "{value} a year",
    growthHelp: "Yearly growth of revenue after the last revenue figure. Cited: {cited}.",
    growthNone: "none (revenue held flat)",
    resetGrowth: "Use the cited growth",
    figures: "Headline figures",
    gapTotal: "Gap, {from}–{to}",
    financingTotal: "Financing lined up",
    burnTotal: "Cumulative burn by {year}",
    shortfall: "Funding still needed",
    runway: "Cash runs out",
    runwayUnknown: "unknown (no reported cash before the first year)",
    runwayNoCash: "Cash at the start unknown: the cash path counts from $0, so no date is given",
    lasts: "Lasts the window",
    closes: "Growth that closes the gap",
    closesHelp: "The smallest yearly growth at which the cash stays above zero in every projected year",
    closed: "Closed already",
    unreachable: "None up to {high} a year",
    unknownCosts: "Unknown: from {year} only commitments with no price in the data fall due",
    noProjection: "No projected year: growth changes nothing",
    chart: "Gap, financing and cumulative burn",
    chartLabel:
      "Bars of the funding gap and of the financing lined up per year, and a line of cumulative burn, {from}–{to}, for {entity}, {basis} basis.",
    due: "Commitments due",
    financing: "Financing",
    gap: "Gap",
    burn: "Cumulative burn",
    reportedHelp:
      "What the sources report for this company; the model uses the yearly revenue and results, and a multi-year result is checked against its yearly split below.",
    missing: "No financials for {years}: those years are left out of the sums.",
    noRevenue: "The dataset has no revenue figure for {entity}: the model has nothing to start from.",
    linkPower: "Can it be powered: the power page",
  },
} as const;
