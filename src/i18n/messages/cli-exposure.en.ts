/** The command line's words for exposure, power rankings and the ratios. */
export const cliExposureEn = {
  none: "none",
  hhiLine: "HHI {hhi} ({points} of {scale}), like {equivalent} equal counterparties.",
  notBindingSide:
    "Of these flows, {amount} rest on deals that bind nobody yet ({who}); on the binding flows alone the HHI is {hhi}, like {equivalent} equal counterparties.",
  notBindingSideAll: "All of these flows rest on deals that bind nobody yet ({who}).",
  notBindingFrom: "{amount} with {name}",
  fromInvestees: "Revenue from its own investees",
  vendorFinancing: "Vendor-financing ratio",
  vendorFinancingLine: "Investments in its own customers {invested} ÷ revenue {revenue} = {ratio}.",
  offBalanceLine: "Stated amounts total {total}; {unpriced} promise(s) with no amount in any source.",
  ranking: "Place in the network",
  rankLine: "PageRank #{pr}, betweenness #{bc}, circular share #{circular} ({share}) of {of} entities.",
  revenueShare: {
    ownMoneyBack:
      "Of the receipts, its own money coming back (proportional tracing on each year's cash flows): {amount}, {share} of reported revenue.",
    excessShort: "exceeds revenue by {share}",
    datasetShare: "Share of the dataset's flows",
    allYearsFromInvestees:
      "All years in the dataset: {amount} from {from}{notBinding, select, none {} other {; of which {notBinding} rest on deals that bind nobody yet (letters of intent, memoranda, talks or announcements)}}.",
    flowsTitle: "{title}: every year of the dataset's flows",
    title: "Share of reported revenue, by fiscal year",
    fiscalYear: "FY{year}",
    yearHeading: "{period}: {start} to {end}{projected}",
    projected: " (dates carried forward from the last reported year)",
    revenueLine: "Reported revenue {revenue} (sources: {sources}).",
    unknown:
      "Reported revenue unknown for this year: the dataset holds {amount} of receipts; no share is given.",
    notBindingYears:
      "Of the receipts above, these rest on deals that bind nobody yet (letters of intent, memoranda, talks, announcements), not on contracts: {years}.",
    notBindingYear: "{amount} in {period}",
    notBinding:
      "Of these receipts, {amount} rest on deals that bind nobody yet (a letter of intent, a memorandum, talks or an announcement), not on contracts: {deals}.",
    windowUnknown: "The fiscal year's end date is not in the data, so its flows cannot be placed in it.",
    mapping: "The period covers {parts} (by days); each flow counts by its own dates inside the year.",
    fromInvestees: "From companies it invests in: {amount}, {share} of reported revenue ({from}).",
    excess:
      "The dataset's receipts exceed reported revenue by {amount} ({share}): deal flows are commitments spread evenly over years, not revenue recognised on delivery.",
    hhiFloor:
      "Revenue HHI at least {hhi} (from the dataset's counterparties; the outside remainder read as many small customers).",
    financing: "Also received {amount} of investment or loans from {from}: money in, not revenue.",
    disclosed: "Customer concentration the company disclosed",
    otherDisclosures: "Other customer-share figures (not for a reported fiscal year)",
    noYears: "No reported revenue and no receipts in the dataset.",
  },
  published: "published",
  missing: "missing",
} as const;
