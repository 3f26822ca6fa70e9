import { describe, expect, it } from "vitest";
import { message } from "./message.ts";
import { catalogueAr } from "./messages/index.ts";

/**
 * The dashboard's chart findings in Arabic, checked against the counted-noun rules of
 * docs/arabic-style.md: 11–99 take the singular accusative with tanwin (the adjective agrees),
 * the dual after "أكبر" is genitive.
 */
describe("the dashboard's Arabic findings", () => {
  it("puts a count of 11–99 in the accusative, adjective included", () => {
    const loops = message("ar", "web.findings.loopMap", {
      count: 36,
      loop: "أ ← ب ← أ",
      amount: "50 مليار دولار",
    });
    expect(loops).toContain("36 حلقةً ماليةً");
    const explorer = message("ar", "web.findings.explorer", {
      deals: 75,
      nodes: 54,
      from: "أ",
      to: "ب",
      amount: "1.3 تريليون دولار",
    });
    expect(explorer).toMatch(/^75 صفقةً بين 54 شركةً؛/);
    expect(message("ar", "web.findings.cascade", { step: "الموجة 2", count: 12 })).toContain("تعثرت 12 شركةً");
  });

  it("keeps 100 and 3–10 in their own forms", () => {
    expect(message("ar", "web.findings.cascade", { step: "الموجة 2", count: 100 })).toContain(
      "تعثرت 100 شركة",
    );
    expect(message("ar", "web.findings.cascade", { step: "الموجة 2", count: 5 })).toContain("تعثرت 5 شركات");
  });

  it("declines the dual after أكبر in the genitive, adjective included", () => {
    expect(message("ar", "web.map.topLoops", { count: 2 })).toMatch(/^أكبر حلقتين مرسومتين /);
  });

  it("leads the flows and power findings with the finding, not a bare number after a comma", () => {
    const flows = message("ar", "web.findings.flows", {
      year: "2026",
      from: "أ",
      to: "ب",
      amount: "500 مليار دولار",
      share: "32.1%",
    });
    expect(flows).toBe("أكبر تدفق في 2026 من أ إلى ب بقيمة 500 مليار دولار، أي 32.1% من أموال العام");
    const power = message("ar", "web.findings.powerCoverage", {
      year: "2030",
      stranded: "30.7 جيجاوات",
      coverage: "16.5%",
    });
    expect(power).toBe("في 2030، تبقى 30.7 جيجاوات من السعة بلا طاقة مؤمَّنة، وتبلغ نسبة التغطية 16.5%");
  });
});

/** Every Arabic string of a subtree of the catalogue, with its key. */
function leaves(node: unknown, path: string): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

describe("quotation marks in the dashboard's Arabic", () => {
  // The Arabic press quotes with guillemets («حتى»); a straight quote around Arabic words reads as code.
  it("never puts straight double quotes around Arabic words", () => {
    const straight = leaves(catalogueAr.web, "web").filter(([, text]) => /"[\u0600-\u06ff][^"]*"/.test(text));
    expect(straight).toEqual([]);
  });
});

describe("Latin fragments in the dashboard's Arabic", () => {
  // Unisolated, "401(k)" in a right-to-left line shows as "(k)401": the bidi algorithm moves its
  // brackets (measured in Chromium on the market page, 2026-12-06).
  it("isolates 401(k) wherever an Arabic page shows it", () => {
    const bare = leaves(catalogueAr.web, "web").filter(([, text]) => /(?<!\u2066)401\(k\)/.test(text));
    expect(bare).toEqual([]);
    expect(message("ar", "web.market.intro")).toContain("\u2066401(k)\u2069");
  });
});
