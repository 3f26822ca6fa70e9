/** The terminal's table printer: a word for a missing value, a mark after a value, a unit per row. */
import { describe, expect, it } from "vitest";
import { table as layoutTable } from "../core/reports/layout.ts";
import { renderReportTable } from "./report-table.ts";

type Row = { id: string; value: number | null; unit: "usd" | "gw"; derived: boolean };
const ROWS: Row[] = [
  { id: "a", value: 1.4e12, unit: "usd", derived: true },
  { id: "b", value: 30, unit: "gw", derived: false },
  { id: "c", value: null, unit: "gw", derived: false },
];
const names = { entity: (id: string) => id, deal: (id: string) => id };

describe("renderReportTable", () => {
  it("formats each row in its own unit, marks values and names a missing one", () => {
    const layout = layoutTable({
      id: "t",
      title: "report.tracker.history",
      rows: (data: Row[]) => data,
      columns: [
        { id: "id", label: "report.tracker.period", unit: "text", value: (r: Row) => r.id },
        {
          id: "value",
          label: "report.tracker.value",
          unit: "number",
          unitOf: (r) => r.unit,
          value: (r) => r.value,
          mark: (r) => (r.derived ? "≈" : undefined),
          missing: "report.tracker.absent",
        },
      ],
    });
    const out = renderReportTable(layout as never, ROWS, { lang: "en", names });
    expect(out).toContain("│ a      │ $1.4T ≈ │");
    expect(out).toContain("│ b      │ 30 GW   │");
    expect(out).toContain("│ c      │ absent  │");
    expect(renderReportTable(layout as never, ROWS, { lang: "ar", names })).toContain("1.4 تريليون دولار ≈");
  });
});
