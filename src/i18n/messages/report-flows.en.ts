/** The flows report's words (`halqa flows`, /api/flows, the Flows page). */
export const reportFlowsEn = {
  title: "Dated flows",
  rowsTitle: "Flows by deal and year",
  none: "No flows match.",
  year: "Year",
  deal: "Deal",
  from: "From",
  to: "To",
  kind: "Kind",
  amount: "Amount",
  conditional: "Conditional",
  unconditional: "unconditional",
  status: "Status",
  timing: "Timing",
  byYear: "Total",
  byYearChart: "Money moving each year",
  totalLine: "{count, plural, one {# flow} other {# flows}}, {total} in all.",
  undatedTitle: "Term contracts with no known years (in no year above)",
  notBefore: "Starts",
  undatedLine:
    "Not in any year: {count, plural, one {# flow} other {# flows}}, {total} in all, of term contracts with no end date or schedule; each is paid from the year shown on, in an unknown split.",
  excluded: "{count, plural, one {# flow} other {# flows}} left out on this basis; --json lists them.",
} as const;
