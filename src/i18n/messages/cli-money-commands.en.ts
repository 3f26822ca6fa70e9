/** The command line's words for economics, tracker and market: `cli.moneyCommands.*`. */
export const cliMoneyCommandsEn = {
  result: "Result",
  value: "Value",
  sources: "Sources",
  missing: "missing in the data",
  edited: "edited",
  editHint:
    "Change any input with --set KEY=VALUE (repeatable; 600B, 6.5T and 1e12 all work; percents as 12 for 12%). ≈ marks estimates. --json gives every number and key.",
  analyses: {
    "subsidy-ratio": "Compute cost per revenue dollar (the subsidy ratio)",
    "startup-compute": "Startups' cloud and model spend; enterprise compute costs",
    "jpmorgan-revenue-for-return": "JPMorgan (Nov 2025): revenue needed for a 10% return on the build-out",
    "bain-revenue-needed": "Bain (Sep 2025): revenue needed by 2030, and the shortfall",
    "sequoia-revenue-question": "Sequoia / David Cahn: AI's revenue question",
    "morgan-stanley-waterfall": "Morgan Stanley (Jul 2025): the funding waterfall, 2025–2028",
    "depreciation-life": "Depreciation-life sensitivity (Burry, Nov 2025)",
  },
  formulas: {
    "subsidy-ratio":
      "compute cost ÷ revenue, same entity and period; above 1× each revenue dollar costs more than a dollar of compute",
    "startup-compute":
      "Kruze share ÷ 100; two years earlier = share ÷ multiple; IBM yearly rate = (1 + 90%)^(1/2) − 1",
    "jpmorgan-revenue-for-return":
      "R = return × capex ÷ share of revenue left for the investors; implied users = R ÷ (12 × monthly payment)",
    "bain-revenue-needed":
      "revenue needed = capex ÷ capex-to-revenue ratio; shortfall = revenue needed − fundable revenue",
    "sequoia-revenue-question":
      "revenue needed = run-rate ÷ GPU share of data-centre cost ÷ (1 − end-user margin) = run-rate × 2 × 2",
    "morgan-stanley-waterfall":
      "gap = spend − hyperscaler cash flow; each source's share of the gap; unexplained = gap − Σ sources",
    "depreciation-life":
      "compute capex (2025, 2026 guidance) × compute share, straight line from the year bought; understated = depreciation at the short life − at the long life, 2026–2028",
  },
  notes: {
    "jpmorgan-revenue-for-return":
      "The share of revenue left for the investors is not in the coverage of the report: halqa backs it out (≈). Tom's Hardware counts ~1.5B iPhone users and >300M Netflix subscribers.",
    "bain-revenue-needed":
      "Bain's capex-to-revenue ratio and the fundable revenue are not in the coverage: halqa backs them out (≈).",
    "sequoia-revenue-question":
      "2023 and 2024 use the run-rates Cahn stated; 2025 uses Nvidia's latest reported Data Center quarter × 4 from the financials, so it need not match the published ~$840B.",
    "depreciation-life":
      "Burry did not publish his inputs: his $176B is shown for comparison, not reproduced. The data holds no capex for 2027–2028, so those vintages are left out (which understates the difference).",
  },
  outputs: {
    "subsidy-ratio": "{entity}, {period}: compute cost per revenue dollar",
    "subsidy-ratio-illustrative": 'The seed article\'s illustration ("$120 of compute for a $100 problem")',
    "compute-per-revenue-dollar": "Startups: cloud and model spend per revenue dollar (Kruze)",
    "compute-share-two-years-earlier": "The same share two years earlier",
    "compute-cost-growth-per-year": "Enterprise compute cost growth per year, {from}–{to} (IBM)",
    "revenue-needed-per-year": "Annual revenue needed",
    "implied-iphone-users": "iPhone users implied by $34.72 a month",
    "implied-netflix-subscribers": "Netflix subscribers implied by $180 a month",
    "revenue-shortfall": "Shortfall",
    "revenue-question": "Revenue question, {vintage}",
    "financing-gap": "Financing gap",
    "gap-share": "Share of the gap: {source}",
    "gap-unexplained": "Gap left unexplained by the named sources",
    "understated-depreciation":
      "Depreciation understated {from}–{to} ({short, plural, one {{short}-year} other {{short}-year}} vs {long, plural, one {{long}-year} other {{long}-year}} life)",
    "depreciation-per-year":
      "Depreciation of the {year} compute capex per year at a {life, plural, one {{life}-year} other {{life}-year}} life",
  },
  inputs: {
    "entity-compute-cost": "{entity}: compute cost, {period}",
    "entity-revenue": "{entity}: revenue, {period}",
    "nvidia-dc-run-rate-latest": "Nvidia's latest reported Data Center quarter × 4",
    "compute-share-of-capex": "Compute (hardware) share of data-centre capex (Morgan Stanley $1.6T of $2.9T)",
  },
  signal: "Signal",
  signals: {
    utilisation: "Utilisation",
    "power-coverage": "Power-contract coverage",
    "usage-revenue-share": "Usage-linked revenue",
  },
  stages: {
    circular: "circular",
    transitioning: "transitioning",
    "self-funding": "self-funding",
    unknown: "unknown",
  },
  fileInvalid:
    "{file}: {count, plural, one {{count} problem} other {{count} problems}}; nothing was computed.",
  units: {
    years: "years",
    months: "months",
  },
} as const;
