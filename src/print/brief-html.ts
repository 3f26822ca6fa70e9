/**
 * The brief as one self-contained HTML document: print CSS for A4, charts inline as SVG, the tables
 * the terminal prints (the same layouts and cell formatter), a "[n]" beside each row pointing at its
 * sources, and numbered footnotes with each source's link and quotes. It prints cleanly from any
 * browser and is what `halqa brief --out brief.pdf` hands to headless Chromium.
 */

import type { Dataset } from "../core/model/dataset.ts";
import {
  type BriefReport,
  type BriefSection,
  type BriefTable,
  briefSections,
  type Footnote,
} from "../core/reports/brief-report.ts";
import type { ChartLayout, Headline } from "../core/reports/layout.ts";
import { formatDate, formatDateLong } from "../i18n/format.ts";
import { formatColumnCell, formatMessageCell, isNumericUnit, type RecordNames } from "../i18n/format-cell.ts";
import { directionOf, type Lang } from "../i18n/lang.ts";
import { message, messageOrKey } from "../i18n/message.ts";
import { recordNames, withScenario } from "../i18n/record-names.ts";
import { BRIEF_CSS } from "./brief-css.ts";
import { chartSvg } from "./chart-svg.ts";

type Face = { lang: Lang; names: RecordNames; footnote: Map<string, number>; asOf: string };

export function briefHtml(report: BriefReport, dataset: Dataset, lang: Lang): string {
  const { subject } = report;
  const names = recordNames(dataset, lang);
  const face: Face = {
    lang,
    // A scenario is a file the reader gave: its run line names it by its title, not "scenarios:<id>".
    names:
      subject.kind === "scenario"
        ? withScenario(names, { id: subject.scenario, title: subject.title }, lang)
        : names,
    footnote: new Map(report.footnotes.map((f) => [f.id, f.n])),
    asOf: report.asOf,
  };
  const title = briefTitle(report, face);
  const body = [
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<p class="date-line">${escapeHtml(
      message(lang, "report.brief.dateLine", {
        asOf: formatDateLong(lang, report.asOf),
        deals: message(lang, "report.common.count.deal", { count: report.summary.counts.deals }),
        sources: message(lang, "report.common.count.source", { count: report.summary.counts.sources }),
      }),
    )}</p>`,
    `<p class="method">${escapeHtml(message(lang, "report.brief.method"))}</p></header>`,
    ...briefSections(report, dataset).map((s) => sectionHtml(s, report, face)),
    footnotesHtml(report.footnotes, face),
    `<footer>${escapeHtml(message(lang, "report.brief.credit"))}</footer>`,
  ].join("\n");
  return `<!doctype html>
<html lang="${lang}" dir="${directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function briefTitle(report: BriefReport, face: Face): string {
  const { subject } = report;
  if (subject.kind === "company")
    return message(face.lang, "report.brief.titleCompany", { company: face.names.entity(subject.entity) });
  if (subject.kind === "scenario")
    return message(face.lang, "report.brief.titleScenario", { scenario: subject.title[face.lang] });
  return message(face.lang, "report.brief.title");
}

function sectionHtml(section: BriefSection, report: BriefReport, face: Face): string {
  const parts = [
    `<section data-section="${section.id}"><h2>${escapeHtml(messageOrKey(face.lang, section.title))}</h2>`,
  ];
  for (const line of section.headlines)
    parts.push(`<p class="headline">${escapeHtml(headline(line, face))}</p>`);
  for (const chart of section.charts) parts.push(figureHtml(chart, report, face));
  for (const t of section.tables) parts.push(tableHtml(t, report, face));
  parts.push("</section>");
  return parts.join("\n");
}

function headline(line: Headline, face: Face): string {
  return formatMessageCell(face.lang, line, face.names);
}

function figureHtml(chart: ChartLayout<BriefReport>, report: BriefReport, face: Face): string {
  const svg = chartSvg(chart, report, { lang: face.lang, names: face.names });
  if (!svg) return "";
  return `<figure data-chart="${chart.id}"><figcaption><strong>${escapeHtml(
    messageOrKey(face.lang, chart.title),
  )}</strong></figcaption>${svg}<p class="chart-source">${escapeHtml(
    message(face.lang, "report.brief.chartSource", { asOf: formatDateLong(face.lang, face.asOf) }),
  )}</p></figure>`;
}

function tableHtml({ layout, cite }: BriefTable, report: BriefReport, face: Face): string {
  const rows = layout.rows(report);
  const title = `<h3>${escapeHtml(messageOrKey(face.lang, layout.title))}</h3>`;
  if (rows.length === 0)
    return `${title}<p class="empty">${escapeHtml(messageOrKey(face.lang, layout.empty ?? "report.brief.none"))}</p>`;
  // A table whose rows cite nothing (a model's output) has no sources column to leave empty.
  const cites = rows.some((row) => cite(row).length > 0);
  const headings = layout.columns.map((c) => messageOrKey(face.lang, c.label));
  if (cites) headings.push(message(face.lang, "report.brief.cites"));
  const head = headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = layout.columns.map((c) => {
        const numeric = isNumericUnit(c.unitOf?.(row) ?? c.unit);
        return `<td${numeric ? ' class="num"' : ""}>${escapeHtml(formatColumnCell(face.lang, c, row, face.names))}</td>`;
      });
      if (cites) cells.push(`<td class="cites">${citeLinks(cite(row), face)}</td>`);
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `${title}<table data-table="${layout.id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** "[3] [7]": each source once, in footnote order, linked to its footnote. */
function citeLinks(ids: readonly string[], face: Face): string {
  const numbers = [
    ...new Set(ids.map((id) => face.footnote.get(id)).filter((n): n is number => n !== undefined)),
  ];
  return numbers
    .sort((a, b) => a - b)
    .map((n) => `<a href="#fn-${n}">[${n}]</a>`)
    .join(" ");
}

function footnotesHtml(footnotes: readonly Footnote[], face: Face): string {
  const items = footnotes.map((f) => {
    const file = f.file
      ? ` (${withIsolate(message(face.lang, "report.brief.seedFile", { file: SLOT }), ltr(f.file))})`
      : "";
    const title = f.url ? `<a href="${escapeHtml(f.url)}">${bdi(f.title)}</a>` : `${bdi(f.title)}${file}`;
    // The Arabic comma in an Arabic page (docs/arabic-style.md, Lists), as the press writes a citation.
    const when = f.date
      ? `${face.lang === "ar" ? "، " : ", "}${escapeHtml(formatDate(face.lang, f.date))}`
      : "";
    // A web address reads left to right in an Arabic page too (its slashes would otherwise jump ends).
    const url = f.url ? `<br><span class="url" dir="ltr">${escapeHtml(f.url)}</span>` : "";
    // The page's quotation marks stay outside the quote, which keeps its own direction inside them.
    const quotes = f.quotes
      .map(
        (q) =>
          `<blockquote>${withIsolate(message(face.lang, "report.brief.quote", { quote: SLOT }), bdi(q))}</blockquote>`,
      )
      .join("");
    // The outlet in the page's language (translation memory): the Arabic brief named "Unknown Arabic outlet".
    const outlet = face.names.text ? face.names.text(f.publisher) : f.publisher;
    return `<li id="fn-${f.n}" value="${f.n}">${bdi(outlet)}: ${title}${when}${url}${quotes}</li>`;
  });
  return `<section class="footnotes"><h2>${escapeHtml(message(face.lang, "report.brief.footnotes"))}</h2><ol>${items.join(
    "\n",
  )}</ol></section>`;
}

/** A placeholder no message contains: the message is escaped, then the isolated markup takes its place. */
const SLOT = "\u0000slot\u0000";

function withIsolate(text: string, isolated: string): string {
  return escapeHtml(text).replace(SLOT, isolated);
}

function ltr(text: string): string {
  return `<bdi dir="ltr">${escapeHtml(text)}</bdi>`;
}

/**
 * Text from the data in its own direction: an English title inside an Arabic page does not flip. The
 * direction is the script most of its letters are in, not its first letter (bdi's own guess), so an
 * Arabic headline that opens with "OpenAI" still reads right to left.
 */
function bdi(text: string): string {
  return `<bdi dir="${textDirection(text)}">${escapeHtml(text)}</bdi>`;
}

export function textDirection(text: string): "rtl" | "ltr" {
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  return arabic > latin ? "rtl" : "ltr";
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
