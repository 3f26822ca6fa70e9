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

describe("a quantity's range in a narrow terminal", () => {
  type Flow = { note: string; value: number; low: number; high: number };
  const layout = layoutTable({
    id: "t",
    title: "report.tracker.history",
    rows: (data: Flow[]) => data,
    columns: [
      { id: "note", label: "report.tracker.period", unit: "text", value: (r: Flow) => r.note },
      {
        id: "value",
        label: "report.tracker.value",
        unit: "usd",
        value: (r: Flow) => r.value,
        range: (r: Flow) => [r.low, r.high] as const,
      },
    ],
  });
  const rows: Flow[] = [{ note: "word ".repeat(30).trim(), value: 1e9, low: 0.9091e9, high: 1e9 }];
  const width = (text: string) => Math.max(...text.split("\n").map((l) => [...l].length));

  it("goes onto the line below its value once text wraps, and whole with --wide", () => {
    const narrow = renderReportTable(layout as never, rows, { lang: "en", names, width: 40 });
    expect(width(narrow)).toBeLessThanOrEqual(40);
    expect(narrow).toMatch(/│ \$1B +│\n.*│ \(\$909\.1M – \$1B\) +│/);
    const wide = renderReportTable(layout as never, rows, { lang: "en", names, wide: true });
    expect(wide).toContain("$1B ($909.1M – $1B)");
  });

  it("breaks an Arabic range at its dash when the range alone is wider than the wrap", () => {
    const narrow = renderReportTable(layout as never, rows, { lang: "ar", names, width: 50 });
    expect(narrow).toContain("(909.1 مليون دولار –");
    expect(width(narrow)).toBeLessThanOrEqual(50);
  });
});

describe("what a reader types", () => {
  it("stays on one line when the table's text wraps to fit 100 columns", () => {
    type Input = { name: string; key: string };
    const rows: Input[] = [{ name: "word ".repeat(20).trim(), key: `--set ${"long-key-".repeat(6)}x` }];
    const layout = layoutTable({
      id: "t",
      title: "report.economics.inputsTitle",
      rows: (data: Input[]) => data,
      columns: [
        { id: "name", label: "report.economics.input", unit: "text", value: (r: Input) => r.name },
        { id: "key", label: "report.economics.key", unit: "typed", value: (r) => r.key },
        { id: "more", label: "report.economics.sources", unit: "text", value: (r) => r.name },
      ],
    });
    const out = renderReportTable(layout as never, rows, { lang: "en", names });
    // The names wrapped at 18 characters; the typed option kept whole.
    expect(out).toContain(`│ ${rows[0]?.key} │`);
    expect(out.split("\n").filter((l) => l.includes("word word word")).length).toBeGreaterThan(1);
  });
});
