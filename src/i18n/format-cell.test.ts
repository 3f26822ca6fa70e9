/** A message cell (a label that takes values) phrased in each language, its values formatted by unit. */
import { describe, expect, it } from "vitest";
import type { MessageCell } from "../core/reports/layout.ts";
import { formatQuantity } from "./format.ts";
import { formatCell } from "./format-cell.ts";

const names = { entity: (id: string) => `<${id}>`, deal: (id: string) => `[${id}]` };

function totalLine(count: number): MessageCell {
  return {
    key: "report.flows.totalLine",
    values: { count: { value: count, unit: "count" }, total: { value: 2.5e9, unit: "usd" } },
  };
}

describe("formatCell with a message that takes values", () => {
  it("phrases English with the count's plural and the amount formatted as dollars", () => {
    const usd = formatQuantity("en", 2.5e9, "USD");
    expect(formatCell("en", "message", totalLine(1), names)).toBe(`1 flow, ${usd} in all.`);
    expect(formatCell("en", "message", totalLine(3), names)).toBe(`3 flows, ${usd} in all.`);
  });

  it("phrases Arabic with its plural forms and the amount in مليار دولار", () => {
    const one = formatCell("ar", "message", totalLine(1), names);
    const two = formatCell("ar", "message", totalLine(2), names);
    const eleven = formatCell("ar", "message", totalLine(11), names);
    expect(one).toContain("مليار دولار");
    expect(one).toContain(formatQuantity("ar", 2.5e9, "USD"));
    expect(new Set([one, two, eleven]).size).toBe(3);
    expect(one).not.toContain("1 ");
  });

  it("names entities, keeps text as it is, and shows the key when the catalogue has no such message", () => {
    const cell: MessageCell = {
      key: "cli.moneyCommands.inputs.entity-compute-cost",
      values: { entity: { value: "openai", unit: "entity" }, period: { value: "2024", unit: "text" } },
    };
    expect(formatCell("en", "message", cell, names)).toBe("<openai>: compute cost, 2024");
    expect(formatCell("ar", "message", cell, names)).toContain("<openai>");
    expect(formatCell("en", "message", { key: "report.no.such", values: {} }, names)).toBe("report.no.such");
  });
});

describe("formatCell with a path of payments", () => {
  it("names each step and joins them with the language's arrow, payer first", () => {
    expect(formatCell("en", "path", "nvidia openai oracle", names)).toBe("<nvidia> → <openai> → <oracle>");
    expect(formatCell("ar", "path", "nvidia openai", names)).toBe("<nvidia> ← <openai>");
    expect(formatCell("en", "path", "", names)).toBe("—");
  });

  it("lists the parties of unit entities by name, in the language's list", () => {
    expect(formatCell("en", "entities", "nvidia openai", names)).toBe("<nvidia>, <openai>");
    expect(formatCell("ar", "entities", "nvidia openai", names)).toBe("<nvidia>، <openai>");
  });
});
