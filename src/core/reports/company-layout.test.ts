import { describe, expect, it } from "vitest";
import { securedPower, undatedNoteKey } from "./company-layout.ts";
import type { CompanySite } from "./company-report.ts";

const site = (power: CompanySite["power"]): CompanySite => ({
  id: "s",
  name: { en: "S", ar: "S" },
  roles: ["operator"],
  country: "US",
  region: null,
  capacity: null,
  power,
});
const amount = (value: number, low = value, high = value) => ({ value, low, high });

describe("securedPower: a site's power secured as one figure", () => {
  it("keeps a single unit as it is, and has none when nothing is secured", () => {
    expect(securedPower(site([{ unit: "MW", amount: amount(200) }]))).toEqual({
      unit: "MW",
      amount: amount(200),
    });
    expect(securedPower(site([]))).toBeNull();
  });

  it("adds gigawatts and megawatts in gigawatts, ranges too", () => {
    const both = securedPower(
      site([
        { unit: "GW", amount: amount(1, 0.8, 1.2) },
        { unit: "MW", amount: amount(500) },
      ]),
    );
    expect(both?.unit).toBe("GW");
    expect(both?.amount.value).toBeCloseTo(1.5);
    expect(both?.amount.low).toBeCloseTo(1.3);
    expect(both?.amount.high).toBeCloseTo(1.7);
  });

  it("adds nothing it cannot convert", () => {
    expect(
      securedPower(
        site([
          { unit: "GW", amount: amount(1) },
          { unit: "TWh", amount: amount(5) },
        ]),
      ),
    ).toBeNull();
  });
});

describe("undatedNoteKey: the 'in no year' note names only the sides that carry money", () => {
  it("leaves out a side with nothing on it instead of printing a zero amount", () => {
    expect(undatedNoteKey({ receives: amount(0), pays: amount(920) })).toBe("undatedPaysOnly");
    expect(undatedNoteKey({ receives: amount(540), pays: amount(0) })).toBe("undatedReceivesOnly");
    expect(undatedNoteKey({ receives: amount(5), pays: amount(7) })).toBe("undated");
    expect(undatedNoteKey({ receives: amount(0), pays: amount(0) })).toBeNull();
  });
});
