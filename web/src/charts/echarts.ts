/**
 * ECharts with only what the dashboard draws: graph, sankey, bar and line charts with their tooltip,
 * grid and legend, drawn on canvas on screen and by the SVG renderer for the SVG download. (ECharts' own ARIA
 * component is left out: it would replace each chart's label, in the page's language, with a
 * generated English one.)
 */
import { BarChart, CustomChart, GraphChart, LineChart, SankeyChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([
  GraphChart,
  SankeyChart,
  BarChart,
  LineChart,
  LegendComponent,
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
