/**
 * The charts' typeface: the system's own, then fonts that shape Arabic. Apart from Chart.tsx so that a
 * page drawing only network charts (SVG) does not import ECharts to name it.
 */
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans Arabic', 'Noto Sans', Tahoma, sans-serif";
