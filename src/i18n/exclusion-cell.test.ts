/** The sentence of why the flows engine left money out (core/reports/sheet-cells.ts), in both languages. */
import { describe, expect, it } from "vitest";
import type { ExclusionReason } from "../core/flows/expand.ts";
import { exclusionCell } from "../core/reports/sheet-cells.ts";
import { formatMessageCell } from "./format-cell.ts";
import { hasMessage } from "./message.ts";

const titles: Record<string, string> = { "d-new": "The new deal", "d-other": "The other deal" };
const names = { entity: (id: string) => id, deal: (id: string) => titles[id] ?? id };
const why = (lang: "en" | "ar", reason: string, params: Record<string, string>) =>
  formatMessageCell(lang, exclusionCell({ reason, params }), names);

describe("exclusionCell: why the engine left money out", () => {
  it("names the replacing deal by its title and the date it counts from, whatever the producer called them", () => {
    expect(why("en", "replaced", { by: "d-new", from: "2026-01-02" })).toBe(
      "replaced by The new deal from 2026-01-02",
    );
    expect(why("en", "replaced", { replacedBy: "d-new", date: "2026-01-02" })).toBe(
      "replaced by The new deal from 2026-01-02",
    );
    expect(why("en", "revised", { since: "2025-12-01" })).toBe("revised from 2025-12-01");
    expect(why("ar", "revised", { since: "2025-12-01" })).toContain("1 ديسمبر 2025");
  });

  it("leaves out what the producer did not say", () => {
    expect(why("en", "replaced", {})).toBe("replaced by a later deal");
    expect(why("en", "revised", {})).toBe("revised");
  });

  it("names the deal an overlapping amount is counted in", () => {
    expect(why("en", "overlap", { countedIn: "d-other" })).toBe(
      "the same money is counted in The other deal",
    );
    const ar = why("ar", "overlap", { countedIn: "d-other" });
    expect(ar).toContain("The other deal");
    expect(ar).toMatch(/[\u0600-\u06FF]/);
  });

  it("has a sentence in both languages for every reason the flows engine gives", () => {
    const reasons: Record<ExclusionReason, true> = {
      conditional: true,
      "not-binding": true,
      terminated: true,
      replaced: true,
      overlap: true,
      "reported-only": true,
    };
    for (const reason of Object.keys(reasons))
      for (const lang of ["en", "ar"] as const)
        expect(hasMessage(lang, exclusionCell({ reason, params: {} }).key), `${lang} ${reason}`).toBe(true);
  });
});
