/**
 * Several entities in one cell, each by name and joined by the language's comma ("A, B, C" / "أ، ب، ج"):
 * a message cell nested once per name, so a face names and joins them without a list unit.
 */
import type { CellValue } from "./layout.ts";

export function entityList(ids: readonly string[]): CellValue {
  const [first = "", ...rest] = ids;
  if (rest.length === 0) return { value: first, unit: "entity" };
  return {
    value: {
      key: "report.stress.list",
      values: { first: { value: first, unit: "entity" }, rest: entityList(rest) },
    },
    unit: "message",
  };
}
