/** `report.reconcile.*`: halqa reconcile, /api/reconcile and the overview's checks panel (core/reports/reconcile-report.ts). */
export const reportReconcileEn = {
  title: "Headline figures against the published record",
  intro:
    'Each figure halqa derives from the deals, beside the figure as published. "Agrees": within the stated tolerance. "Differs": outside it, for the reason given. As of {asOf}.',
  checks: "The checks",
  check: "Check",
  published: "Published",
  derived: "Derived",
  ratio: "Derived ÷ published",
  status: "Status",
  tolerance: "tolerance ±{tolerance}",
  source: "Source",
  quote: "Quote",
  readAsOf: "deals read as of {date}, {basis} basis",
  inputs: "Made of",
  reason: "Why it differs",
  estimate: "estimate",
  summary:
    "{agrees} agree, {differs} differ with a stated reason, {unexplained} differ without one, {missing} cannot be computed, {pending} not yet published on that date.",
  failed:
    "A figure differs from the published record without a stated reason (or cannot be computed): fix the data or state the reason in src/core/reconcile/checks.ts.",
  statuses: {
    agrees: "agrees",
    differs: "differs (explained)",
    unexplained: "differs, no reason",
    missing: "missing",
    pending: "not yet published",
  },
  titles: {
    "openai-commitments-usd": "OpenAI's compute commitments (USD, Altman)",
    "openai-commitments-gw": "OpenAI's compute commitments (GW, Altman)",
    "openai-amd-broadcom-gw": "OpenAI's new capacity from AMD and Broadcom (GW)",
    "openai-seed-plan-usd": "OpenAI's hardware expansion plan (AMD, Broadcom, Stargate)",
    "openai-coreweave-2025": "OpenAI's 2025 contracts with CoreWeave",
    "openai-oracle-300b": "OpenAI's cloud contract with Oracle (Stargate)",
    "oracle-off-balance-sheet-66b": "Oracle's off-balance-sheet financing for OpenAI",
    "oracle-rpo-2025-08": "Oracle's backlog (RPO), August 2025, against its contracts in the data",
    "oracle-rpo-2025-11": "Oracle's backlog (RPO), November 2025, against its contracts in the data",
    "oracle-rpo-2026-05": "Oracle's backlog (RPO), May 2026, against its contracts in the data",
    "nvidia-top4-customer-share": "Nvidia's four largest customers, share of revenue",
    "nvidia-financing-to-revenue": "Nvidia's investment commitments ÷ annual revenue (Tunguz)",
    "coreweave-largest-customer-share-2024":
      "CoreWeave's largest customer (Microsoft), share of 2024 revenue",
    "nvidia-investment-commitments-usd": "Nvidia's investment commitments (Tunguz)",
  },
  metrics: {
    revenue: "revenue",
    rpo: "remaining performance obligations",
    "customer-share": "customer's share of revenue",
    "investment-commitments": "investment commitments",
    "infrastructure-commitments": "infrastructure commitments",
    other: "other figure",
  },
  note: "Note",
  notes: {
    "coreweave-microsoft-derived":
      "Not an independent confirmation: Microsoft's 2024 payments in the data are themselves derived from the published 62% (deals/coreweave-derived.yaml). The check shows that the flows engine keeps them and that Microsoft is still the largest customer.",
  },
  reasons: {
    "openai-commitments-usd":
      "Altman's ~$1.4T is a round total he did not itemise. The data sums the priced contracts reported by November 2025, letters of intent and 'up to' amounts included (Nvidia's 10 GW, Samsung's memory), and cannot count contracts no source prices (Broadcom's 10 GW).",
    "openai-commitments-gw":
      "Each gigawatt counted once, as halqa power counts it (chips placed in the campuses and contracts that host them), at the peak year to 2033; contracts stated only in dollars (Azure, AWS, CoreWeave) carry no GW in the data, so the derived figure is a floor, and Altman's ~30 GW is a round figure.",
    "openai-seed-plan-usd":
      "The article gives a floor ('more than $300B'), for Stargate alone; the data adds AMD's ~$90B to Oracle's $300B (Broadcom's 10 GW has no price in any source), so a derived figure above it is consistent with it.",
    "oracle-off-balance-sheet":
      "No source itemises the reported $66B; its components (the Vantage, New Mexico and Michigan campus financings) are halqa's reading. When the article was written the Michigan financing (about $10B discussed with Blue Owl) had not closed; it closed in April 2026 at $16B from other lenders.",
    "oracle-rpo":
      "RPO is every contract Oracle has signed and not yet delivered: cloud, licences and support, for every customer. The data holds only the large AI contracts the press reported (OpenAI's), so the difference is backlog outside the dataset.",
    "nvidia-customers":
      "Nvidia's largest customers (the hyperscalers) buy GPUs under contracts that are not public; the data holds the few purchases that were announced, spread over their delivery years. They are divided by Nvidia's latest reported annual revenue, named among the inputs, since the data holds no revenue for the calendar year the published share is for.",
    "nvidia-financing":
      "The numerators are the same figure (Nvidia's direct investment commitments, above; guarantees and backstops apart); the denominators can differ. Tunguz divided by Nvidia's trailing annual revenue (about $130B); the ratio divides by the latest annual revenue the data holds, or, without one, the latest quarter × 4, which is larger while revenue grows.",
  },
} as const;
