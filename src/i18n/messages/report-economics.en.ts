/** `report.economics.*`: the economics tables' words (halqa economics, /api/economics, the Money page). */
export const reportEconomicsEn = {
  title: "Unit economics and the published 'revenue needed' analyses, recomputed from their inputs",
  resultsTitle: "Results",
  inputsTitle: "Inputs",
  result: "Result",
  value: "Value",
  published: "Published",
  check: "Check",
  input: "Input",
  key: "To change it",
  sources: "Sources",
  reproduced: "reproduced",
  differs: "differs",
  byConstruction: "by construction",
  /** A published figure and the outlets that published it. */
  publishedCited: "{value} [{sources}]",
  /** An input the reader changed with --set, beside what the data says. */
  edited: "{value} (edited; data: {data})",
} as const;
