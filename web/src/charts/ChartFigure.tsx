/**
 * A chart's figure, whatever draws the picture (ECharts in Chart.tsx, SVG in NetworkChart.tsx): the
 * finding as its caption, PNG and SVG download buttons, the picture's box with an accessible name,
 * the source line, and the text alternative (the chart's data as a table, passed as children) that
 * screen readers and keyboards can use instead of the picture.
 */
import type { CSSProperties, ReactNode, Ref } from "react";
import { useI18n } from "../i18n/index.ts";
import { todayIso } from "../model/filter.ts";
import { currentView } from "../state/use-view.ts";
import type { ExportText } from "./export-frame.ts";

export type FigureText = {
  /** Short name: the figure's caption and the downloaded file's name. */
  name: string;
  /** The finding the chart shows, as the exported picture's title (the name when not given). */
  finding?: string;
  /** What the picture shows, for screen readers. */
  label: string;
  /** Words under the picture, before the source line (what a mark or a faded part means). */
  note?: ReactNode;
};

type Props = FigureText & {
  box: Ref<HTMLDivElement>;
  boxStyle: CSSProperties;
  /** Data attributes on the drawing (tests read the highlighted loop from data-highlight). */
  highlight?: string;
  onPng: () => void;
  onSvg: () => void;
  /** The picture, inside the box (ECharts draws into the box itself and passes none). */
  drawing?: ReactNode;
  children?: ReactNode;
};

/** The box's shape: a fixed aspect between a least height and `height`, or a fixed height. */
export function boxStyle(height: number, aspect: number | undefined, minHeight = 240): CSSProperties {
  return aspect
    ? { aspectRatio: String(aspect), maxBlockSize: height, minBlockSize: Math.min(minHeight, height) }
    : { height };
}

/** The frame's words for an export of the chart: title, units, source with its date, credit. */
export function useExportText({ name, finding, label }: FigureText): () => ExportText {
  const { m, date, dir } = useI18n();
  return () => ({
    title: finding ?? name,
    subtitle: label,
    source: m("report.brief.chartSource", { asOf: date(currentView().asOf ?? todayIso()) }),
    credit: m("report.brief.credit"),
    dir,
  });
}

export function ChartFigure({
  name,
  finding,
  label,
  note,
  box,
  boxStyle,
  highlight,
  onPng,
  onSvg,
  drawing,
  children,
}: Props) {
  const { m, date } = useI18n();
  return (
    <figure className="chart">
      <figcaption className="chart-head">
        {/* The finding is the title; the chart's short name is the page's own heading. */}
        <span className="chart-name">{finding ?? name}</span>
        <span className="chart-tools">
          <button type="button" onClick={onPng} aria-label={m("web.exports.pngLabel", { name })}>
            {m("web.exports.png")}
          </button>
          <button type="button" onClick={onSvg} aria-label={m("web.exports.svgLabel", { name })}>
            {m("web.exports.svg")}
          </button>
        </span>
      </figcaption>
      <div
        ref={box}
        className="chart-canvas"
        role="img"
        aria-label={label}
        data-highlight={highlight ?? ""}
        style={boxStyle}
      >
        {drawing}
      </div>
      <p className="chart-source">
        {note ? <span className="chart-note">{note} </span> : null}
        {m("report.brief.chartSource", { asOf: date(currentView().asOf ?? todayIso()) })}
      </p>
      {children ? (
        <details className="chart-text">
          <summary>{m("web.exports.textAlternative")}</summary>
          {children}
        </details>
      ) : null}
    </figure>
  );
}
