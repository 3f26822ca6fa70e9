/**
 * The ECharts charts, registered when a page that draws them loads (see echarts.ts): bars and lines
 * on a grid with their legend, the sankey of the flows page, and for the Monte Carlo panel the error
 * bars (custom series) and the VaR / ES lines on the histogram (mark lines).
 */
import { BarChart, CustomChart, LineChart, SankeyChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent } from "echarts/components";
import * as echarts from "echarts/core";

echarts.use([
  BarChart,
  LineChart,
  CustomChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
]);
