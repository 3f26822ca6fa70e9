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
      "Nvidia's announced investments, financing and guarantees in the deals ÷ latest annual revenue (or latest quarter × 4)",
    purchasesShare: "Microsoft's purchases from Nvidia ÷ Nvidia revenue (as reported)",
    paymentsToRevenue:
      "OpenAI's announced payments in the deals ÷ OpenAI's latest annual revenue (committed payments beside)",
    rpoToFcf:
      "remaining performance obligations ÷ free cash flow (negative: the backlog grows while cash flows out)",
    usdPerGw: "median over deals of (announced USD ÷ announced GW), for deals that state both",
    hhiNoPayments: "Σ (customer's share of contracted backlog)²",
    hhi: "Σ (customer's share of contracted backlog)², from committed payments in the deals",
  },
  note: {
    annualised:
      "Tunguz divided by Nvidia's trailing annual revenue; when the data holds only quarterly revenue, the latest quarter is annualised, which lowers the ratio while revenue grows.",
    usdPerGwRange: "range {low}–{high} per GW over {count, plural, one {# deal} other {# deals}}",
    concentration:
      "largest customer {customer} {share}; equivalent to {equivalent} equal customers; {points} on the 0–10,000 scale",
  },
  names: {
    "nvidia-commitments-to-revenue": "Nvidia's investment commitments ÷ revenue",
    "nvidia-deal-financing-to-revenue": "Nvidia's financing of others in the deals ÷ revenue",
    "microsoft-share-of-nvidia-revenue": "Microsoft's share of Nvidia revenue",
    "coreweave-customer-concentration": "CoreWeave's customer concentration (HHI of backlog)",
    "openai-commitments-to-revenue": "OpenAI's commitments ÷ revenue",
    "oracle-rpo-to-fcf": "Oracle's RPO ÷ free cash flow",
    "usd-per-gw": "Dollars per gigawatt",
  },
} as const;
