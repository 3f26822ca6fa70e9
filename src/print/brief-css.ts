/** The brief's print style: A4 pages, a serif-free reading face for both scripts, tables that do not split rows. */
export const BRIEF_CSS = `
@page { size: A4; margin: 16mm 15mm 18mm; }
:root { --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d0d0d0; --wash: #f4f4f2; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; color: var(--ink);
  font-size: 10pt; line-height: 1.4; max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 19pt; margin: 0 0 4pt; line-height: 1.2; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1.5pt solid var(--ink); padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
.date-line { color: var(--muted); margin: 0 0 6pt; }
.method, .chart-source, .empty, footer { color: var(--muted); font-size: 9pt; }
.headline { margin: 4pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt; }
th, td { border-bottom: 0.5pt solid var(--rule); padding: 3pt 4pt; text-align: start; vertical-align: top; }
th { background: var(--wash); font-weight: 600; }
td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.cites { white-space: nowrap; font-size: 8pt; }
tr { break-inside: avoid; }
figure { margin: 8pt 0; break-inside: avoid; }
figcaption { margin-bottom: 4pt; }
/* ECharts anchors its labels as left-to-right text; an Arabic page's rtl would flip the anchors onto the bars. */
figure svg { max-width: 100%; height: auto; direction: ltr; }
.footnotes ol { padding-inline-start: 18pt; font-size: 8pt; line-height: 1.3; columns: 2; column-gap: 8mm; margin: 0; }
.footnotes li { margin-bottom: 3pt; break-inside: avoid; }
.footnotes .url { color: var(--muted); word-break: break-all; font-size: 7pt; }
blockquote { margin: 2pt 0 0; padding-inline-start: 6pt; border-inline-start: 2pt solid var(--rule); color: var(--muted); }
a { color: #0b5394; text-decoration: none; }
/* The credit keeps company with the last footnotes: alone it printed a page of its own. */
footer { margin-top: 8pt; border-top: 0.5pt solid var(--rule); padding-top: 4pt; break-before: avoid; }
@media print { a[href^="#"] { color: var(--ink); } }
`;
