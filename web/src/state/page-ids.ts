/**
 * The dashboard's pages, in menu order. A module of its own with no imports, so that tools run
 * outside the app's build (scripts/shoot-pages.ts under tsx, which knows none of web's aliases) read
 * the same list as the app.
 */
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
] as const;
export type PageId = (typeof PAGE_IDS)[number];
