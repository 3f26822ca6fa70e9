import { describe, expect, it } from "vitest";
import { formatPeriod } from "./format-period.ts";

describe("formatPeriod", () => {
  it("writes the data's periods in Arabic words", () => {
    expect(formatPeriod("ar", "FY2025")).toBe("السنة المالية 2025");
    expect(formatPeriod("ar", "2025-Q3")).toBe("الربع الثالث 2025");
    expect(formatPeriod("ar", "FY2026-Q2")).toBe("الربع الثاني من السنة المالية 2026");
    expect(formatPeriod("ar", "2025-H1")).toBe("النصف الأول 2025");
    expect(formatPeriod("ar", "2023-2028")).toBe("2023–2028");
    expect(formatPeriod("ar", "2025-09")).toBe("سبتمبر 2025");
    expect(formatPeriod("ar", "2024")).toBe("2024");
    expect(formatPeriod("ar", "H1 2025 run-rate")).toBe("H1 2025 run-rate");
  });

  it("keeps English as the data spells it", () => {
    for (const p of ["FY2025", "2025-Q3", "2023-2028", "2025-09"]) expect(formatPeriod("en", p)).toBe(p);
  });
});
