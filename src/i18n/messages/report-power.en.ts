/** The power report's words that every face shows (the tables of `halqa power` and the Power page): `report.power.*`. */
export const reportPowerEn = {
  ownGw: "GW as reported",
  /** One campus a line's GW are already counted in, and the GW. */
  sameAsItem: "{gw} in {campus}",
  sameAsList: "{first}; {rest}",
  /** A campus of several sites. */
  sites: "{first} + {rest}",
  kinds: {
    grid: "grid",
    "onsite-gas": "on-site gas",
    "onsite-other": "on-site, other",
    "ppa-gas": "gas PPA",
    "ppa-nuclear": "nuclear PPA",
    "ppa-renewable": "renewable PPA",
    "ppa-other": "other PPA",
    ppa: "PPA (deal)",
  },
  statuses: {
    requested: "requested",
    planned: "planned",
    approved: "approved",
    "under-construction": "under construction",
    operating: "operating",
    contested: "contested",
  },
  notGiven: "not given",
  baseYear: "compared with",
  region: "region",
  range: "low – high",
  rangeValue: "{low} – {high}",
  parameter: "parameter",
  sources: "sources",
} as const;
