/**
 * The record references a check's inputs carry (`deals:a,b`, `financials:nvidia/revenue/FY2026-Q3`,
 * `sites:x`, `indicators:x`), parsed so each face can name the records in its language instead of
 * showing ids.
 */
export type ParsedRef =
  | { kind: "deals"; ids: string[] }
  | { kind: "sites"; ids: string[] }
  | { kind: "financial"; entity: string; metric: string; period: string; counterparty?: string }
  | { kind: "indicator"; id: string }
  | { kind: "other"; text: string };

export function parseRef(ref: string): ParsedRef {
  const colon = ref.indexOf(":");
  const collection = colon < 0 ? "" : ref.slice(0, colon);
  const rest = ref.slice(colon + 1);
  // A deal input may name one flow (`deal/flow`); the deal is what a reader can look up.
  const ids = () => [...new Set(rest.split(",").map((id) => id.split("/")[0] as string))];
  if (collection === "deals" && !rest.includes(" ")) return { kind: "deals", ids: ids() };
  if (collection === "sites") return { kind: "sites", ids: ids() };
  if (collection === "indicators") return { kind: "indicator", id: rest };
  if (collection === "financials") {
    // `entity/metric/period[/counterparty]`, possibly followed by ` (label)`.
    const [entity, metric, period, counterparty] = (rest.split(" (")[0] ?? "").split("/");
    if (entity && metric && period) {
      return { kind: "financial", entity, metric, period, ...(counterparty ? { counterparty } : {}) };
    }
  }
  return { kind: "other", text: ref };
}
