/** The funding layout's rows: sentence cells: a reason per run of years, and lists as nested messages. */
import { describe, expect, it } from "vitest";
import { listCell, whyCell } from "./funding-rows.ts";
import type { MessageCell } from "./layout.ts";

describe("whyCell", () => {
  it("reads runs of years with one reason as a span, and joins the spans as a list", () => {
    const cell = whyCell([
      { year: 2025, model: 0, reason: "contracts" },
      { year: 2026, model: 0, reason: "contracts" },
      { year: 2027, model: 0, reason: "projected" },
      { year: 2029, model: 0, reason: "projected" },
    ]);
    const span = (key: string, from: number, to: number, reason: string): MessageCell => ({
      key: `cli.funding.${key}`,
      values: {
        from: { value: from, unit: "year" },
        to: { value: to, unit: "year" },
        reason: { value: `cli.funding.reasons.${reason}`, unit: "message" },
      },
    });
    // 2028 is absent, so 2027 and 2029 are two items even with one reason.
    expect(cell).toEqual(
      listCell([
        span("whyYears", 2025, 2026, "contracts"),
        span("whyYear", 2027, 2027, "projected"),
        span("whyYear", 2029, 2029, "projected"),
      ]),
    );
  });
});

describe("listCell", () => {
  const item = (n: number) => ({ key: "k", values: { n: { value: n, unit: "count" as const } } });
  it("is null for no items, the item for one, and nests first and rest for more", () => {
    expect(listCell([])).toBeNull();
    expect(listCell([item(1)])).toEqual(item(1));
    expect(listCell([item(1), item(2)])).toEqual({
      key: "cli.funding.list",
      values: { first: { value: item(1), unit: "message" }, rest: { value: item(2), unit: "message" } },
    });
  });
});
