/**
 * The page registry: every page the dashboard has or will have, in menu order. A page with `load`
 * is in the menu; the later pages (stress, power, money, tracker, market) slot in by adding theirs.
 * Pages are loaded on demand, so the first page draws before the others are fetched.
 */
import type { ComponentType } from "react";
import type { PageId } from "../state/view.ts";

export type PageDef = {
  id: PageId;
  load?: () => Promise<{ default: ComponentType }>;
  /** The shared controls above the page: basis and as-of date (default), the date only, or none. */
  controls?: "all" | "asOf" | "none";
};

export const PAGES: readonly PageDef[] = [
  { id: "overview", load: () => import("../pages/Overview.tsx") },
  { id: "explorer", load: () => import("../pages/Explorer.tsx") },
  { id: "flows", load: () => import("../pages/Flows.tsx") },
  { id: "circularity", load: () => import("../pages/Circularity.tsx") },
  { id: "data", load: () => import("../pages/Data.tsx") },
  { id: "stress", load: () => import("../pages/Stress.tsx"), controls: "asOf" },
  { id: "upload", load: () => import("../pages/Upload.tsx"), controls: "none" },
  { id: "power", load: () => import("../pages/Power.tsx") },
  { id: "funding", load: () => import("../pages/Funding.tsx") },
  { id: "money", load: () => import("../pages/Economics.tsx") },
  { id: "tracker", load: () => import("../pages/Tracker.tsx") },
  { id: "market", load: () => import("../pages/Market.tsx") },
  { id: "company", load: () => import("../pages/Company.tsx") },
];

export const READY_PAGES = PAGES.filter((p) => p.load !== undefined);
