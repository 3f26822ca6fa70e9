/**
 * ECharts' SVG renderer, for the SVG download only (screens draw on canvas): fetched on the first
 * click of an SVG button (see loadSvgRenderer in echarts.ts), so no page's first load compiles it.
 */
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([SVGRenderer]);
