/**
 * JSON has no Infinity: halqa writes ±Infinity as the strings "Infinity" and "-Infinity" (a
 * round-trip multiplier with no outside money is infinite), and NaN as null, as JSON.stringify does.
 * One replacer for the CLI's --json, the API and the page's downloads, so all three agree.
 */
export function infinityAsString(_key: string, value: unknown): unknown {
  if (typeof value === "number" && !Number.isFinite(value) && !Number.isNaN(value))
    return value > 0 ? "Infinity" : "-Infinity";
  return value;
}
