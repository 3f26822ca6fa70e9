/** The loops report's words (`halqa loops`, /api/loops, the Overview's loop list). */
export const reportLoopsEn = {
  title: "Money loops",
  largest: "Largest bottleneck first",
  none: "No loops match.",
  found:
    "{found, plural, one {# loop found.} other {# loops found; {shown, plural, one {showing the largest by bottleneck} other {showing {shown}, largest bottleneck first}}.}}",
  countedLine:
    "Counted: {scope, select, default {cash, equity, warrant and guarantee flows} other {the flow kinds {kinds}}}; {cashOnly, plural, =0 {none of these loops remains} one {# of these loops remains} other {# of these loops remain}} on cash payments alone (the count `halqa circularity` starts from, as circularity measures revenue).",
  foundAtLeast:
    "At least {found, plural, one {# loop found (the search stopped at its limit).} other {# loops found (the search stopped at its limit); {shown, plural, one {showing the largest by bottleneck} other {showing {shown}, largest bottleneck first}}.}}",
  start: "Loop through",
  steps: "Steps",
  bottleneck: "Bottleneck",
  total: "Total",
  from: "First deal",
  to: "Last deal",
  days: "Days",
  weakest: "Rests on",
  restsOn:
    "{status}{conditional, select, rests {; rests on a conditional tranche} includes {; includes a conditional tranche} other {}}{estimate, select, yes {; rests on an estimate} other {}}",
  count: "Loops",
  byLength: "Loops by length",
  byLengthChart: "How many loops of each length",
} as const;
