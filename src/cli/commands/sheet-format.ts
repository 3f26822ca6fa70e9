/** What the company, deal and changes commands share: numbered source references and source lists. */

import type { Amount } from "../../core/dataset/figures.ts";
import type { CitedSource } from "../../core/reports/cited-sources.ts";
import { formatPercent } from "../../i18n/format.ts";
import type { Language } from "../../i18n/index.ts";
import { hasMessage, message } from "../../i18n/message.ts";
import { formatAmount } from "../format.ts";

/** "[1, 4]" for the ids' numbers in the report's source list ("" when there are none). */
export function refsOf(sources: readonly CitedSource[]): (ids: readonly string[]) => string {
  const numbers = new Map(sources.map((s) => [s.id, s.n]));
  return (ids) => {
    const ns = [...new Set(ids.map((id) => numbers.get(id)).filter((n) => n !== undefined))].sort(
      (a, b) => a - b,
    );
    return ns.length > 0 ? `[${ns.join(", ")}]` : "";
  };
}

/** One line per source: "[3] Reuters, "title", 2026-02-27, https://…". */
export function sourceLines(sources: readonly CitedSource[]): string[] {
  return sources.map((s) =>
    [`[${s.n}] ${s.publisher || s.id}`, s.title ? `"${s.title}"` : "", s.date ?? "", s.url ?? s.file ?? ""]
      .filter(Boolean)
      .join(", "),
  );
}

/** Why the flows engine left money out, in words: one message per reason code, deal ids as titles. */
export { reasonText } from "../../i18n/sheet-reason.ts";

/** Breaks long text (notes, quotes) into lines of at most `width` characters at spaces, for table cells. */
export function wrap(text: string, width = 60): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}

/** A financial figure in its unit: percentages as "35% (30–40%)", money and the rest as formatAmount does. */
export function formatFigure(lang: Language, amount: Amount, unit: string): string {
  if (unit !== "percent" && unit !== "percent-change") return formatAmount(lang, amount, unit);
  const pct = (n: number) => `${formatPercent(lang, n)}`;
  return amount.low === amount.high
    ? pct(amount.value)
    : `${pct(amount.value)} (${pct(amount.low)} – ${pct(amount.high)})`;
}

/** The message of a key built from data (a role, a metric, a ratio id), or `fallback` when the catalogue has none. */
export function messageOr(lang: Language, key: string, fallback: string): string {
  return hasMessage(lang, key) ? message(lang, key) : fallback;
}
