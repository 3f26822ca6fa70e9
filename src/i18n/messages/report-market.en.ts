/** `report.market.*`: halqa market, /api/market and the Market page (core/reports/market-report.ts). */
export const reportMarketEn = {
  title: "Concentration, and the share of an index fund that sits in the loop",
  concentration: "Concentration of gains and capex (as published)",
  figure: "Figure",
  value: "Value",
  period: "Period",
  sources: "Sources",
  by: "According to",
  /** An open-ended published figure, "> 50%". */
  above: "> {low}",
  between: "{low} – {high}",
  missing: "missing in the data",
  fundTitle: "An S&P 500 index fund (a 401(k)) and the loop",
  company: "Company",
  weight: "Index weight",
  exposure: "Loop exposure",
  contribution: "Fund share in the loop",
  absent: "absent",
  fundLine:
    "Share of the fund in the loop: {share} ({measure}); the snapshot covers {covered} of the index, as of {asOf}. Companies outside the snapshot count for nothing.",
  measures: {
    membership: "membership: a company on any money loop counts in full",
    "revenue-share": "revenue share: receipts on loop steps this year ÷ revenue",
    file: "exposures from your file",
  },
  measureNotes: {
    membership:
      "Membership is an upper bound: the share of the fund held in companies that take part in the loop at all. --measure revenue-share gives a narrower reading where the data has revenue; --exposure FILE.csv takes your own.",
    "revenue-share":
      "Revenue share is absent where the data has no annual revenue for the company (counted as 0): the result is a lower bound.",
  },
  fromFileNote: "* exposure from your --exposure file.",
  loopBasis:
    "Loops are read from the binding deals (committed basis) as of {asOf}: a company on a loop only through announced, conditional or non-binding deals counts as off it (halqa circularity reads the announced basis, on which more companies are on loops).",
} as const;
