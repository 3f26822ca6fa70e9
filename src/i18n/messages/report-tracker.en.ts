/** `report.tracker.*`: halqa tracker, /api/tracker and the Tracker page (core/reports/tracker-report.ts). */
export const reportTrackerEn = {
  title: "From circular to self-funding: the three signals per operator",
  heading: "From circular to self-funding: the three signals per operator — as of {asOf}",
  operators: "The latest value of each signal",
  operator: "Operator",
  signals: {
    utilisation: "Utilisation",
    "power-coverage": "Power-contract coverage",
    "usage-revenue-share": "Usage-linked revenue",
  },
  stage: "Stage",
  stages: {
    circular: "circular",
    transitioning: "transitioning",
    "self-funding": "self-funding",
    unknown: "unknown",
  },
  basis: "(n/3)",
  absent: "absent",
  thresholds:
    "A signal is met at: utilisation ≥ {utilisation}, power coverage ≥ {powerCoverage}, usage-linked revenue ≥ {usageRevenueShare} (halqa's own choices, set in data/ai-economy/money.yaml; docs/methods/tracker.md). Self-funding needs all three met; transitioning, at least one.",
  absentNote:
    "absent: no public source gives the value, so none is shown (never estimated). (n/3): how many signals the stage rests on. ≈ marks derived values.",
  window:
    "Critical window: {low}–{high} months from {start} (the Broadcom announcement) → ends between {earliest} and {latest}; {elapsed, plural, one {{elapsed} month} other {{elapsed} months}} elapsed, at most {left, plural, one {{left} month} other {{left} months}} left.",
  history: "Observations over time",
  noObservations: "No public observation of any signal.",
  noneMeasured: "No public source gives any signal for these operators.",
  unreported: "Not reported by any source: {signals}.",
  silent:
    "No source gives any signal for {count, plural, one {# operator} other {# operators}} (stage unknown): {names}.",
  period: "Period",
  signal: "Signal",
  value: "Value",
  sources: "Sources",
  note: "Note",
} as const;
