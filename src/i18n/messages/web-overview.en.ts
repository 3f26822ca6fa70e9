/** The pages' words: overview, explorer, entity, deal, company, flows, data (keys web.overview.* …). */
export const webOverviewEn = {
  overview: {
    heading: "Overview",
    intro:
      "Who pays whom in the AI build-out, and how much of it comes back. Hover or focus a loop to see it on the map; select a company to explore it.",
    figures: "Headline figures",
    announcedMoney: "Money announced",
    committedMoney: "Money committed",
    committedShare: "{share} of the announced money is committed",
    gwCommittedTitle: "Compute committed",
    gwAnnounced: "{value} announced",
    announcedCaveat: "of which {estimated} rests on estimates; {reported} in talks or rumours is not counted",
    multiplier: "Round-trip multiplier",
    multiplierHelp:
      "Payments inside the network per dollar that enters it ({basis}, cash; estimates included, as in the announced total)",
    loopsHelp: "Cycles of up to {max} steps in the deal network ({basis})",
    mapTitle: "The loop map",
    mapLabel:
      "Network of {nodes, plural, one {# company} other {# companies}} and {edges, plural, one {# deal} other {# deals}}, placed in columns by kind; arrows point from payer to payee.",
    largestLoops: "Largest loops",
    largestLoopsHelp: "Ranked by bottleneck: the most that can go all the way round.",
    noLoops: "No loops in this view.",
    bottleneck: "bottleneck {amount}",
    total: "total {amount}",
    highlighted: "Highlighted: {loop}",
    openInExplorer: "Open {name} in the explorer",
    checks: {
      title: "Checks against the published record",
      help: "Each headline figure derived from the deals, beside the figure as published. Agrees: within the tolerance. Differs: outside it, for the reason given.",
      derived: "From the deals",
      source: "Source: {source}",
      readAsOf: "Deals as of {date}, {basis} basis; tolerance ±{tolerance}",
      summary:
        "{agrees} agree, {differs} differ for a stated reason, {unexplained} differ without one, {pending} not yet published on that date.",
    },
  },
  explorer: {
    heading: "Network explorer",
    intro: "Filter the deals; the graph updates at once. Select a company or a deal to read its details.",
    graphLabel:
      "Deal network: {nodes, plural, one {# company} other {# companies}}, {edges, plural, one {# edge} other {# edges}} after filtering.",
    pickNone: "— choose —",
    empty: "No deal matches these filters.",
  },
  entity: {
    close: "Close",
    dealsIn: "Deals in which it receives",
    dealsOut: "Deals in which it pays",
    circularShare: "Circular share",
    circularShareHelp:
      "Share of its receipts that is its own money coming back under proportional mixing (cash, {basis}; the circularity page traces it along loops)",
    customers: "Who pays it",
    suppliers: "Whom it pays",
    hhi: "HHI {hhi}, like {count} equal counterparties",
    notBindingHhi:
      "{amount} of it rests on deals that bind nobody yet; on the binding flows alone, HHI {hhi}, like {count} equal counterparties",
    notBindingAll: "All of it rests on deals that bind nobody yet",
    noCounterparties: "None in this view.",
    loops: "Loops through it",
    noLoops: "No loop passes through it in this view.",
    received: "Received",
    paid: "Paid",
    revenue: {
      help: "Receipts in the dataset divided by the revenue the company reported for the year; the rest is its customers the dataset does not hold. No share when the revenue is not reported. Deal flows are commitments spread over years, so they can exceed a year's revenue.",
    },
  },
  deal: {
    close: "Close",
    noFigure: "—",
    noUrl: "(file in the seed articles)",
    announcedOn: "Announced {date}",
  },
  company: {
    heading: "Company sheet",
    intro:
      "Everything halqa holds about one company, on the date and value basis above: reported financials, deals in and out, what falls due each year, the circular share of its receipts, the loops through it, its sites, its losses in the bundled stress scenarios, and every source.",
    search: "Company (name in English or Arabic, or ticker)",
    noMatch: "No company matches “{query}”.",
    pick: "Several companies match; choose one:",
    loading: "Computing the sheet…",
    failed: "The sheet could not be computed: {reason}",
    open: "Company sheet",
    download: "Company sheet",
  },
  flows: {
    heading: "Money flows",
    intro:
      "Cash from payers to payees in one calendar year, on one value basis, overlapping reports counted once.",
    chartLabel:
      "Sankey diagram of {count, plural, one {# payment} other {# payments}} in {year} ({basis}) totalling {total}.",
    total: "Total in {year}: {amount}",
    undated:
      "Left out of {year} and of every other year: {count, plural, one {# flow} other {# flows}} of term contracts with no end date or schedule, {amount} in all, starting in {year} or before; how they split over the years is unknown.",
    empty: "No money moves in this year on this basis.",
  },
  data: {
    heading: "Data",
    intro: "Every deal in the dataset with its status on the as-of date, its own money and its sources.",
    search: "Search deals",
    searchPlaceholder: "name, company or id",
    caption: "{shown} of {total} deals, {basis} basis, as of {date}",
    sortBy: "Sort by {column}",
  },
} as const;
