import { describe, expect, it } from "vitest";
import { arabicCommas, isolateLatin } from "./bidi.ts";

describe("arabicCommas", () => {
  it("puts the Arabic comma between list items, and leaves isolates and numbers alone", () => {
    expect(arabicCommas("[4, 5] · \u2066Reuters\u2069, 2026-02-27 · أ, ب")).toBe(
      "[4، 5] · \u2066Reuters\u2069، 2026-02-27 · أ، ب",
    );
    expect(arabicCommas("\u2066Amazon, Nvidia\u2069 · 1,250 مليار")).toBe(
      "\u2066Amazon, Nvidia\u2069 · 1,250 مليار",
    );
  });
});

describe("isolateLatin keeps the Arabic sentence's numbers outside the Latin fragment", () => {
  it("leaves a number after the fragment's punctuation beside its unit", () => {
    expect(isolateLatin("الإيرادات (FY2025): 130.5 مليار دولار")).toBe(
      "الإيرادات (\u2066FY2025\u2069): 130.5 مليار دولار",
    );
    expect(isolateLatin("graph.csv: 3 صفوف")).toBe("\u2066graph.csv\u2069: 3 صفوف");
  });

  it("keeps a number or a date that belongs to a name inside it", () => {
    expect(isolateLatin("مؤشر S&P 500 منذ")).toBe("مؤشر \u2066S&P 500\u2069 منذ");
    expect(isolateLatin("[Reuters 2026-02-27]")).toBe("[\u2066Reuters 2026-02-27\u2069]");
    // A file name that starts with digits is one fragment, not digits left outside and the rest isolated.
    expect(isolateLatin("[1] 000_64a5e1bc.txt")).toBe("[1] \u2066000_64a5e1bc.txt\u2069");
    expect(isolateLatin('"Oracle shares jump after 36% surge" 2025')).toBe(
      '\u2066"Oracle shares jump after 36% surge"\u2069 2025',
    );
    expect(isolateLatin('"A title"، 2025-09-11, https://x.com/a')).toBe(
      '\u2066"A title"\u2069، 2025-09-11, \u2066https://x.com/a\u2069',
    );
    expect(isolateLatin('"Oracle (ORCL) 2026 Q1 report"')).toBe('\u2066"Oracle (ORCL) 2026 Q1 report"\u2069');
    expect(isolateLatin('"Form 10-K for the year ended May 31, 2024"، 2024')).toBe(
      '\u2066"Form 10-K for the year ended May 31, 2024"\u2069، 2024',
    );
    expect(isolateLatin('"OCI plan $18B → $32B"')).toBe('\u2066"OCI plan $18B → $32B"\u2069');
    expect(isolateLatin("[Fortune / CNBC 2025-09-22]")).toBe("[\u2066Fortune / CNBC 2025-09-22\u2069]");
    expect(isolateLatin("نموذج Form 10-K للشركة")).toBe("نموذج \u2066Form 10-K\u2069 للشركة");
    expect(isolateLatin("حساب 401(k) للتقاعد")).toBe("حساب \u2066401(k)\u2069 للتقاعد");
    // A form number is one fragment: isolating "Q" alone let the terminal print "Q-10".
    expect(isolateLatin("نموذج 10-Q لإنفيديا")).toBe("نموذج \u206610-Q\u2069 لإنفيديا");
    expect(isolateLatin("في 2026-02-27 أعلنت")).toBe("في 2026-02-27 أعلنت");
  });
});
