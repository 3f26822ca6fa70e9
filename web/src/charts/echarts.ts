/**
 * ECharts with only what the dashboard draws, loaded in two parts. The network charts (the loop maps
 * on the overview, explorer, stress and upload pages) are not drawn by ECharts: they are SVG drawn by
 * React (NetworkChart.tsx), so the overview and the explorer load none of this. This file registers
 * what every ECharts chart needs: the tooltip, drawn on canvas. The SVG renderer, for the SVG
 * download only, is fetched on the first such click (`loadSvgRenderer`). The cartesian and flow
 * charts (bar, line, custom, sankey, their grid, mark lines and legend) are in echarts-more.ts, which
 * `loadMoreCharts` fetches; the page registry (web/src/app/pages.ts) starts it beside the code of each
 * page that draws them, so it is registered before such a page first renders. (ECharts' own ARIA
 * component is left out: it would replace each chart's label, in the page's language, with a
 * generated English one.)
 */
import { TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([TooltipComponent, CanvasRenderer]);

/**
 * A loader that imports once and shares the import; a failed import is forgotten, so the next call
 * tries again (a dropped connection must not leave the chart unloadable for the rest of the visit).
 */
function loadOnce(load: () => Promise<unknown>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => {
    pending ??= load().then(
      () => undefined,
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}

/** Fetches and registers the SVG renderer (once; later calls share it). */
export const loadSvgRenderer = loadOnce(() => import("./echarts-svg.ts"));

/** Fetches and registers the bar, line, custom and sankey charts (once; later calls share it). */
export const loadMoreCharts = loadOnce(() => import("./echarts-more.ts"));

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
