/** The pages' words: power (keys web.power.* …). */
export const webPowerEn = {
  power: {
    heading: "Power",
    intro:
      "Can the compute that has been promised be switched on? GW of compute capacity each year, each GW once (chips and compute contracts that sit in a campus are not counted again), against the power secured for it: grid connections, on-site generation and power-purchase agreements. Levels on 31 December; computed in your browser by the engine behind halqa power.",
    figures: "Headline figures",
    committedIn: "Capacity by the end of {year}, each GW once",
    summedIn: "Summed as reported: {value}",
    securedIn: "Power secured by then",
    undatedIn:
      "Not in any year: {gw} of chips deliveries that start but have no end date or schedule; placed at their start they would add {added} to {year}",
    coverageIn: "Coverage in {year}",
    strandedIn: "Stranded in {year}",
    offGridIn: "Off-grid share in {year}",
    billIn: "Energy bill in {year}",
    twh: "{value} TWh",
    window: "Years",
    delayHeading: "Grid delay",
    delayHelp:
      "Grid connections and capacity not yet online on the as-of date slip by this many months; what already runs cannot slip. On-site generation and contracts keep their dates.",
    delayLabel: "Delay",
    delayValue: "{months, plural, one {# month} other {# months}}",
    region: "Only sites in",
    allRegions: "every region",
    delayed: "{gw} pushed out of {year} (sites delayed: {count}).",
    delayedNone:
      "A {months, plural, other {#-month}} delay moves nothing out of any year shown (sites delayed: {count}).",
    noDelay: "No delay. Move the slider to see what a slower grid does.",
    balanceChart: "Compute capacity against power secured",
    balanceLabel:
      "Stacked bars of GW of power secured by kind and of capacity GW with no power information, and a line of capacity GW (each GW once), {from}–{to}, {basis} basis.",
    coverageChart: "Coverage and stranded capacity",
    coverageLabel:
      "Bars of stranded GW and of GW pushed out by the delay, and a line of the coverage ratio, {from}–{to}.",
    committed: "GW, each once",
    committedBefore: "GW without the delay",
    unknown: "Capacity, power unknown",
    stranded: "Stranded GW",
    delayedGw: "Delayed GW",
    coverage: "Coverage",
    gwAxis: "Gigawatts (GW)",
    balanceFinding:
      "In {year}, power is secured for {secured} of the {capacity} of compute capacity committed",
    coverageAxis: "Coverage (power secured ÷ capacity)",
    campusesHelp:
      "Each campus or deal and the rule it is counted by: its site schedule, its deal, or the larger of the two when both report the same campus (never their sum). Chips and compute contracts that sit in a campus or contract of their buyer (a contract: of its seller) are shown as the same GW and counted once. GW at the end of {year}.",
    referencesHelp: "Published forecasts and observations beside the balance, each with its source.",
    parametersHelp: "Cited values; an estimate is marked.",
    missing: "The energy bill needs the parameters {ids}, which the dataset lacks.",
    linkFunding: "Who pays for it: the funding gap",
  },
} as const;
