import { describe, expect, it } from "vitest";
import { message } from "./message.ts";
import type { MessageKey } from "./messages/index.ts";

// With one loop shown the headings take the singular ("the largest"), not "showing 1" / "تُعرض 1 منها".
const KEYS: MessageKey[] = [
  "report.loops.found",
  "report.loops.foundAtLeast",
  "cli.loopsFound",
  "report.sheet.company.loopsFound",
];

describe("loop headings with a single loop shown", () => {
  for (const key of KEYS) {
    it(`${key} reads in the singular for one and shows the count otherwise`, () => {
      for (const lang of ["en", "ar"] as const) {
        const one = message(lang, key, { found: 36, shown: 1 });
        const many = message(lang, key, { found: 36, shown: 12 });
        expect(one).not.toMatch(/(^|[^\d])1([^\d]|$)/);
        expect(many).toMatch(/12/);
      }
    });
  }
  // "1 loop found; showing the largest by bottleneck" read oddly: the one loop is the whole list.
  it(`${"report.loops.found"} and the others say only that one loop was found when there is one`, () => {
    for (const key of KEYS)
      for (const lang of ["en", "ar"] as const) {
        const one = message(lang, key, { found: 1, shown: 1 });
        expect(one, `${key} ${lang}`).not.toMatch(/largest|أكبرها|36/);
        expect(one, `${key} ${lang}`).toMatch(/(?:^|\D)1(?:\D|$)|one|واحدة/);
      }
    expect(message("en", "report.loops.found", { found: 1, shown: 1 })).toBe("1 loop found.");
    expect(message("ar", "report.loops.found", { found: 1, shown: 1 })).toBe("عُثر على حلقة واحدة.");
    expect(message("en", "cli.loopsFound", { found: "1", shown: 1 })).toBe("1 loop found.");
  });

  it("names two loops in the Arabic dual, not as a number", () => {
    expect(message("ar", "report.loops.found", { found: 36, shown: 2 })).toContain("اثنتان");
  });
});
