/**
 * Why the flows engine left money out, in words (`report.sheet.reason.<reason>`), for the company and
 * deal sheets of every face. The engine's exclusions carry raw facts under the names their producers
 * use (countedIn, replacedBy or by for the deal that counts instead; since, date or from for when);
 * the messages read `countedIn`, `by` and `since`, with deal ids shown as their titles.
 */
import type { Lang } from "./lang.ts";
import { hasMessage, type MessageValue, message } from "./message.ts";

export type Exclusion = { reason: string; params: Readonly<Record<string, string | number | boolean>> };

/** The sentence of an exclusion; a reason the catalogue lacks reads as its code (never throws). */
export function reasonText(lang: Lang, excluded: Exclusion, dealName: (id: string) => string): string {
  const key = `report.sheet.reason.${excluded.reason}`;
  if (!hasMessage(lang, key)) return excluded.reason;
  const values: Record<string, MessageValue> = {};
  // Numbers are facts as written (a year, an id), not counts: none of these messages has a plural.
  for (const [name, value] of Object.entries(excluded.params)) {
    values[name] = typeof value === "number" ? String(value) : value;
  }
  for (const name of ["countedIn", "replacedBy", "by"]) {
    if (typeof values[name] === "string") values[name] = dealName(values[name] as string);
  }
  values.by = values.replacedBy ?? values.by ?? values.countedIn;
  values.since = values.since ?? values.date ?? values.from;
  return message(lang, key, values);
}
