/**
 * ECharts with only what the dashboard draws: graph, sankey and bar charts with their tooltip and
 * grid, drawn on canvas on screen and by the SVG renderer for the SVG download. (ECharts' own ARIA
 * component is left out: it would replace each chart's label, in the page's language, with a
 * generated English one.)
 */
import { BarChart, CustomChart, GraphChart, SankeyChart } from "echarts/charts";
import { GridComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([
  GraphChart,
  SankeyChart,
  BarChart,
  // The Monte Carlo panel: error bars (custom series) and VaR / ES lines on the histogram.
  CustomChart,
  MarkLineComponent,
  TooltipComponent,
  GridComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
