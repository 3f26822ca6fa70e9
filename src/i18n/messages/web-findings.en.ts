/**
 * The pages' words: the loop map's keyboard list and selection (keys web.map.*), and chart titles that
 * state what each chart shows, its numbers as arguments computed from the page's reports
 * (keys web.findings.*).
 */
export const webFindingsEn = {
  map: {
    keys: "Companies on the map: select one to bring its deals forward",
    key: "{name} ({kind}): receives {received}, pays {paid}{loops, select, none {} other {; in {loops} of the loops}}",
    topLoops:
      "The {count, plural, one {largest loop is} other {# largest loops are}} drawn in full colour, the rest faded. Hover or pin a loop to follow it; select a company to see its deals.",
    selected:
      "{name}: {edges, plural, one {# link} other {# links}} to {partners, plural, one {# company} other {# companies}}, the rest faded.",
    clear: "Show the largest loops",
  },
  axes: {
    usd: "US dollars",
    percent: "Percent (%)",
  },
  exportColumns: {
    analysis: "Analysis",
    unit: "Unit",
  },
  findings: {
    loopMap:
      "{count, plural, =0 {No money loops} one {# money loop} other {# money loops}}; the largest, {loop}, can carry {amount} all the way round",
    loopMapNone: "Who pays whom: no money comes back round on this basis",
    powerBalanceNote:
      "Power secured (coloured) and capacity whose power no source reports (grey) are different measures, drawn side by side: they do not add up to the line. Secured power can exceed the capacity of the sites it serves (in {year}, {secured} secured for {known} of capacity with power information).",
    flows: "In {year}, the largest flow is {from} to {to}: {amount}, {share} of the year's money",
    circularity:
      "{name} gets the largest share of its own money back along loops: {share} of its receipts ({count, plural, one {# company} other {# companies}} shown)",
    market: "{share} of the fund sits in the loop; {name} brings the most, {top}",
    funding: "{entity}: a funding gap of {gap} over {from}–{to}, against {financing} of financing",
    waterfall: "Of {spend} of spending, internal cash covers {cash}: {share} must come from outside",
    stressLosses: "{name} is hit hardest: it loses {loss}, {share} of its capital",
    explorer:
      "{deals, plural, one {# deal} other {# deals}} among {nodes, plural, one {# company} other {# companies}}; the largest, {from} to {to}, is {amount}",
    cascade:
      "After {step}, {count, plural, =0 {no company has defaulted} one {# company has defaulted} other {# companies have defaulted}}",
    depreciation: "The life assumed moves the yearly charge from {low} ({lowLife}) to {high} ({highLife})",
    mcDefaults: "{name} defaults most often: in {share} of the samples",
    mcSensitivity: "What moves the system loss most: {input} (ρ = {rho})",
    powerCoverage: "In {year}, {stranded} of capacity has no power secured; coverage is {coverage}",
    tracker:
      "{signal}: highest at {name}, {value} ({period}); the threshold is {threshold}, met by {met, plural, =0 {no operator} one {# operator} other {# operators}} in the latest reading",
  },
};
