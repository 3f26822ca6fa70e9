/** The routes shot by shoot-pages.ts: every page of the menu, and the two that draw more once a company is picked. */
export const PAGE_IDS = [
  "overview",
  "explorer",
  "flows",
  "circularity",
  "data",
  "stress",
  "upload",
  "power",
  "funding",
  "money",
  "tracker",
  "market",
  "company",
  "explorer&entity=openai",
  "company&entity=openai",
];
