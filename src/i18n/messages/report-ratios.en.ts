/** The ratios report's words (`halqa ratios`, /api/ratios). */
export const reportRatiosEn = {
  title: "Published ratios, recomputed from the data",
  values: "Each ratio, in the unit it is published in",
  ratio: "Ratio",
  multiple: "Multiple",
  share: "Share",
  perGw: "Dollars per GW",
  hhi: "HHI (of 10,000)",
  inputs: "Inputs",
  missing: "Missing inputs",
  formula: {
    commitmentsToRevenue: "investment commitments ÷ latest annual revenue (or latest quarter × 4)",
    dealFinancingToRevenue:
      "Nvidia's announced direct investments and financing in the deals (cash it puts in) ÷ latest annual revenue (or latest quarter × 4); guarantees and backstops apart",
    contingentToRevenue:
      "Nvidia's announced guarantees and backstops in the deals (paid only if the party it stands behind does not pay) ÷ the same revenue",
    purchasesShare: "Microsoft's purchases from Nvidia ÷ Nvidia revenue (as reported)",
    paymentsToRevenue:
      "OpenAI's announced payments in the deals ÷ OpenAI's latest annual revenue (committed payments beside)",
    rpoToFcf:
      "remaining performance obligations ÷ free cash flow (negative: the backlog grows while cash flows out)",
    usdPerGw: "median over deals of (announced USD ÷ announced GW), for deals that state both",
    hhiNoPayments: "Σ (customer's share of contracted backlog)²",
    hhi: "Σ (customer's share of contracted backlog)²; backlog = committed payments in the deals less payments reported to date (or, without them, less the part of the contract's term already run)",
  },
  note: {
    annualised:
      "Tunguz divided by Nvidia's trailing annual revenue; when the data holds only quarterly revenue, the latest quarter is annualised, which lowers the ratio while revenue grows.",
    usdPerGwRange: "range {low}–{high} per GW over {count, plural, one {# deal} other {# deals}}",
    concentration:
      "largest customer {customer} {share}; equivalent to {equivalent} equal customers; {points} on the 0–10,000 scale",
    reportedBacklog:
      "Against {entity}'s reported backlog of {reported} ({period}): the deals hold {inDeals} on {date}; {gap} ({gapShare} of the reported figure) is not in the deals: contracts the public record does not price. Each customer's share of the reported backlog:",
    reportedBacklogBelowDeals:
      "Against {entity}'s reported backlog of {reported} ({period}): the deals hold {inDeals} on {date}, {gap} ({gapShare}) more than reported — a contract counted twice or not booked as backlog. Each customer's share of the reported backlog:",
    reportedBacklogUnpriced: "customers with no priced contract left in the deals (in the gap): {customers}",
    reportedBacklogShare: "{customer}: {share} ({usd})",
    usdPerGwEstimatesOut:
      "Not in the median: {count, plural, one {# deal} other {# deals}} whose dollar figure is an analyst's estimate, not a price the parties stated:",
    usdPerGwEstimate: "{deal}: {usd} (estimate) for {gw} GW",
    contingentApart:
      "Not added: {usd} of guarantees and backstops ({count, plural, one {# deal} other {# deals}}), contingent — paid only if the party Nvidia stands behind does not pay; their ratio to revenue is shown apart.",
    financingOnPublishedDate:
      "Read the same way on the published figure's date ({date}), Nvidia's direct financing in the deals was {usd} ({count, plural, one {# deal} other {# deals}}), {ratio} the same revenue; what differs since is deals made, replaced or ended after that date, as the comparison with published figures (halqa reconcile) details.",
    directApart:
      "Not added to Nvidia's direct financing ({usd}, {count, plural, one {# deal} other {# deals}}): a guarantee is a contingent liability, paid only if it is called.",
  },
  input: {
    tunguz: "Tunguz: commitments ÷ annual revenue",
    nvidiaCommitments: "Nvidia investment commitments",
    nvidiaFinancing:
      "Nvidia's announced direct financing of others ({count, plural, one {# deal} other {# deals}})",
    nvidiaContingent:
      "Nvidia's announced guarantees and backstops ({count, plural, one {# deal} other {# deals}})",
    microsoftShareOfNvidia: "Microsoft's share of Nvidia revenue",
    arabianBusinessEstimate: "Arabian Business (experts' estimate)",
    openaiCommitted: "OpenAI's committed payments in the deals",
    openaiAnnounced: "OpenAI's announced payments in the deals",
    openaiEstimated:
      "of which estimates, an analyst's value where {parties, plural, =2 {neither party} other {the parties}} stated {parties, plural, =2 {an amount} other {no amount}} ({count, plural, one {# deal} other {# deals}})",
    altmanCommitments: "Altman: infrastructure commitments",
    oracleRpo: "Oracle RPO",
    oracleFcf: "Oracle free cash flow",
    annualRevenue: "{entity} revenue, {period}",
    annualisedRevenue: "{entity} revenue, {period} × 4",
    customerShare: "{customer}'s share of {entity} revenue",
    unnamedCustomerShare: "a customer's share of {entity} revenue",
    largestCustomerBacklogShare: "largest customer's share of backlog",
    dataLabel: "{label}",
    backlogShare: "{customer}: {share} of contracted backlog still to be paid",
    reportedBacklog: "{entity}'s reported backlog, {period}",
    backlogContracted: "contracted in the deals ({count, plural, one {# deal} other {# deals}})",
    backlogPaid: "less payments reported to date ({count, plural, one {# deal} other {# deals}})",
    backlogElapsed:
      "less the part of the contracts' terms already run, no payment reported ({count, plural, one {# deal} other {# deals}})",
    backlogUntimed:
      "of which counted whole: no term and no payment in the data, delivery to date unknown ({count, plural, one {# deal} other {# deals}})",
    usdPerGwDeal: "{deal}: {usd} for {gw} GW",
    huangPerGw: "Huang: Nvidia systems per GW",
    openaiPerGw: "OpenAI executives: all-in per GW",
    industryPerGw: "Industry executives: per GW",
  },
  missingInput: {
    nvidiaCommitments: "Nvidia investment commitments (financials: nvidia investment-commitments)",
    nvidiaRevenue: "Nvidia quarterly revenue",
    microsoftPurchases:
      "Microsoft's purchases from Nvidia are not in the deals (no priced Microsoft → Nvidia contract in the public record), so the share can only be read, not recomputed",
    openaiRevenue: "OpenAI annual revenue",
    oracleRpo: "Oracle RPO",
    oracleFcf: "Oracle annual free cash flow",
    noCommittedPayments: "no committed payments to {entity} in the deals",
    noPricedCapacity: "no deal states both a dollar amount and a capacity in GW",
  },
  period: {
    fiscalYear: "FY{year}",
    quarter: "{year}-Q{quarter, select, 1 {1} 2 {2} 3 {3} other {4}}",
    fiscalQuarter: "FY{year}-Q{quarter, select, 1 {1} 2 {2} 3 {3} other {4}}",
  },
  names: {
    "nvidia-commitments-to-revenue": "Nvidia's investment commitments ÷ revenue",
    "nvidia-deal-financing-to-revenue": "Nvidia's direct financing of others in the deals ÷ revenue",
    "nvidia-contingent-to-revenue":
      "Nvidia's contingent exposure in the deals (guarantees, backstops) ÷ revenue",
    "microsoft-share-of-nvidia-revenue": "Microsoft's share of Nvidia revenue",
    "coreweave-customer-concentration": "CoreWeave's customer concentration (HHI of backlog)",
    "openai-commitments-to-revenue": "OpenAI's commitments ÷ revenue",
    "oracle-rpo-to-fcf": "Oracle's RPO ÷ free cash flow",
    "usd-per-gw": "Dollars per gigawatt",
  },
} as const;
