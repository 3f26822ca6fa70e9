/**
 * Every message key a report's layout uses on some data: the title, each table's title, empty line, column headings and
 * missing-value words, each chart's title and axes, and each headline's key — so a test can check that
 * both languages have them all.
 */
import type { ReportLayout } from "./layout.ts";

export function layoutKeys<Data>(layout: ReportLayout<Data>, data: Data): string[] {
  const keys = new Set<string>([layout.title]);
  for (const t of layout.tables) {
    keys.add(t.title);
    if (t.empty) keys.add(t.empty);
    for (const c of t.columns) {
      keys.add(c.label);
      if (c.missing) keys.add(c.missing);
    }
  }
  for (const c of layout.charts ?? []) {
    keys.add(c.title);
    keys.add(c.x.label);
    keys.add(c.y.label);
    for (const s of c.series(data)) if ((s.labelUnit ?? "message") === "message") keys.add(s.label);
  }
  for (const h of layout.headlines?.(data) ?? []) keys.add(h.key);
  return [...keys];
}
