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
  it("names two loops in the Arabic dual, not as a number", () => {
    expect(message("ar", "report.loops.found", { found: 36, shown: 2 })).toContain("اثنتان");
  });
});
