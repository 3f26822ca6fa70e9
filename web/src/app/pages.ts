/**
 * The page registry: every page the dashboard has or will have, in menu order. A page with `load`
 * is in the menu; the later pages (stress, power, money, tracker, market) slot in by adding theirs.
 * Pages are loaded on demand, so the first page draws before the others are fetched.
 */
import type { ComponentType } from "react";
import type { PageId } from "../state/view.ts";

export type PageDef = {
  id: PageId;
  load?: () => Promise<PageModule>;
  /** The shared controls above the page: basis and as-of date (default), the date only, or none. */
  controls?: "all" | "asOf" | "none";
};

type PageModule = { default: ComponentType };

/**
 * A page that draws bars, lines or a sankey: its code and those charts' ECharts modules load side by
 * side (ECharts itself is imported here, not at the top, so the shell's first script stays small),
 * and the page renders once both are here (the overview and the explorer draw only network
 * charts, which are SVG drawn by React: they load no ECharts at all).
 */
const withCharts = (page: Promise<PageModule>): Promise<PageModule> =>
  Promise.all([page, import("../charts/echarts.ts").then((charts) => charts.loadMoreCharts())]).then(
    ([module]) => module,
  );

export const PAGES: readonly PageDef[] = [
  { id: "overview", load: () => import("../pages/overview/OverviewPage.tsx") },
  { id: "explorer", load: () => import("../pages/Explorer.tsx") },
  { id: "flows", load: () => withCharts(import("../pages/Flows.tsx")) },
  { id: "circularity", load: () => withCharts(import("../pages/Circularity.tsx")) },
  { id: "data", load: () => import("../pages/Data.tsx") },
  { id: "stress", load: () => withCharts(import("../pages/Stress.tsx")), controls: "asOf" },
  { id: "upload", load: () => withCharts(import("../pages/Upload.tsx")), controls: "none" },
  { id: "power", load: () => withCharts(import("../pages/Power.tsx")) },
  { id: "funding", load: () => withCharts(import("../pages/Funding.tsx")) },
  { id: "money", load: () => withCharts(import("../pages/Economics.tsx")) },
  { id: "tracker", load: () => withCharts(import("../pages/Tracker.tsx")) },
  { id: "market", load: () => withCharts(import("../pages/Market.tsx")) },
  { id: "company", load: () => import("../pages/Company.tsx") },
];

export const READY_PAGES = PAGES.filter((p) => p.load !== undefined);
