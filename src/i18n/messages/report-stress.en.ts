/** `report.stress.*`: the stress test's account, tables and headings (halqa stress, /api/stress, the Stress page). */
export const reportStressEn = {
  title: "Stress test",
  run: "Stress test: {scenario} · {model} · {basis} · {asOf}",
  basis: { announced: "announced", committed: "committed", paid: "paid" },
  account: "What happens",
  /** One sentence per coded step of the account (core/stress/account.ts); amounts arrive formatted. */
  step: {
    "revenue-loss":
      "{name} loses revenue of {amount}{years, select, none {} other { over {years, plural, one {# year} other {# years}} (the horizon over which its commitments fall due)}}{sites, select, none {} other {, from capacity delayed at {sites}}}.",
    // The losses that follow are on capital (book equity where reported): without this, "$1.8T of
    // market value" beside "the largest loss: $47.6B" reads as a contradiction.
    "market-value-loss":
      "{name} loses market value of {amount}. The losses below are measured against each company's capital (book equity where reported), not its market value.",
    "payment-withheld": "{name} pays late, withholding {amount}.",
    "refinancing-loss": "{name} loses refinancing of {amount}.",
    "forced-default": "{name} fails outright.",
    "no-default": "No one defaults: the losses stay within capital.",
    wave: "Wave {wave, number}: {names} {count, plural, one {defaults} other {default}}.",
    "largest-loss": "The largest loss falls on {name}: {amount}.",
    unfunded:
      "{amount} of commitments across {deals, plural, one {# deal goes} other {# deals go}} unfunded.",
  },
  waves: "Defaults by wave",
  wave: "wave",
  entities: "entities",
  losses: "Losses",
  entity: "entity",
  capital: "capital",
  capitalFrom: "capital is",
  capitalFroms: {
    "shareholders-equity": "book equity",
    "market-cap": "market value",
    valuation: "last valuation",
    "capital-ratio": "estimated from what it owes",
  },
  loss: "loss",
  share: "share of capital",
  lossShare: "Loss as a share of capital",
  unfunded: "Unfunded commitments",
  deal: "deal",
  debtor: "debtor",
  creditor: "creditor",
  committed: "committed",
  recovery: "recovery",
  unfundedPart: "unfunded",
  assumptions: "Assumptions",
  assumption: "Assumption",
  value: "value",
  sources: "sources",
  none: "none",
  /** Names in one cell, joined by the comma of the language (core/reports/entity-list.ts). */
  list: "{first}, {rest}",
  cited: "Figures the scenario cites",
  use: "used for",
  /** A reported figure an assumption reads: "OpenAI · revenue · 2025-H1". */
  financialFigure: "{entity} · {metric} · {period}",
  /** A figure scaled to a year: a half-year's revenue counts twice. */
  scaled: "{use} (× {factor})",
  years: "{count, plural, =1 {{shown} year} other {{shown} years}}",
  uses: {
    horizon: "revenue over the commitments; share of a delay",
    capitalRatio: "capital where no valuation is reported",
    revenuePerGwYear: "revenue lost per GW-year of delayed capacity",
    revenue: "annual revenue",
    cash: "cash (floor of external assets)",
    book: "capital (book equity)",
    marketValue: "market value (share-price shocks)",
    capitalAndMarket: "capital and market value",
  },
} as const;
