import { describe, expect, it } from "vitest";
import { setDigits } from "./format.ts";
import { problemMessage } from "./index.ts";
import { hasMessage, message, messageOrKey } from "./message.ts";

describe("message", () => {
  it("applies English plural rules", () => {
    expect(message("en", "report.common.count.deal", { count: 1 })).toBe("1 deal");
    expect(message("en", "report.common.count.deal", { count: 12 })).toBe("12 deals");
  });

  it("applies all six Arabic plural forms, as the press counts", () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => message("ar", "report.common.count.deal", { count }));
    expect(forms).toEqual(["0 صفقة", "صفقة واحدة", "صفقتان", "3 صفقات", "11 صفقةً", "100 صفقة"]);
  });

  it("writes counts in the run's digit system", () => {
    setDigits("arab");
    try {
      expect(message("ar", "report.common.count.deal", { count: 11 })).toBe("١١ صفقةً");
    } finally {
      setDigits("latn");
    }
  });

  it("groups a count printed inside its own plural branch, in both languages", () => {
    // cli.valid prints {translations} inside its plural: a bare number used to print "1037".
    const values = { files: 1, records: 12_500, translations: 1037 };
    expect(message("en", "cli.valid", values)).toBe(
      "Valid: 1 file, 12,500 records, and the Arabic of 1,037 texts.",
    );
    const ar = message("ar", "cli.valid", values);
    expect(ar).toContain("12,500");
    expect(ar).toContain("1,037");
    expect(ar).not.toMatch(/\d{4}/);
  });

  it("prints a count past 10^15 (a typed 1e308) in scientific notation, not as 409 grouped characters", () => {
    const en = messageOrKey("en", "problem.delay-beyond-horizon", { months: 1e308, horizon: 8 });
    expect(en).toBe("a delay of 1E308 months is longer than the 8-year horizon of the stress test");
    expect(
      messageOrKey("ar", "problem.delay-beyond-horizon", { months: 1e308, horizon: 8 }).length,
    ).toBeLessThan(80);
    // Ordinary counts are as before.
    expect(messageOrKey("en", "problem.delay-beyond-horizon", { months: 120, horizon: 8 })).toContain(
      "120 months",
    );
  });

  it("joins list values with the language's comma", () => {
    const wave = { wave: 1, count: 2, names: ["OpenAI", "CoreWeave"] };
    expect(message("en", "report.stress.step.wave", wave)).toBe("Wave 1: OpenAI, CoreWeave default.");
    expect(message("ar", "report.stress.step.wave", { ...wave, names: ["أوبن أيه آي", "كورويف"] })).toBe(
      "الموجة 1: تتعثر أوبن أيه آي، كورويف.",
    );
  });

  it("reads an unknown run-time key as itself and knows which keys exist", () => {
    expect(messageOrKey("en", "problem.no-such-code")).toBe("problem.no-such-code");
    expect(hasMessage("ar", "report.common.count.deal")).toBe(true);
    expect(hasMessage("ar", "report.common.count")).toBe(false);
  });

  it("takes the none branch of a select for an absent, empty or false value", () => {
    expect(message("en", "problem.required")).toBe("required field is missing");
    expect(message("en", "problem.required", { field: "" })).toBe("required field is missing");
    expect(message("en", "problem.required", { field: "id" })).toBe("required field is missing: id");
    expect(message("en", "problem.csv-columns", { missing: [], expected: ["a", "b"] })).toBe(
      "the columns are: a, b",
    );
  });

  it("selects codes written with hyphens by their underscore keys, printing the value as given", () => {
    expect(message("en", "problem.graph-bad-row", { reason: "field-count", found: 3, expected: 4 })).toBe(
      "this row has 3 fields where the header has 4",
    );
    expect(message("en", "report.sheet.reason.replaced", { by: "deal-b", since: "2026-01-02" })).toBe(
      "replaced by deal-b from 2026-01-02",
    );
  });

  it("reads a count that arrives formatted, and keeps text that is not a number as written", () => {
    expect(message("ar", "cli.rowsRead", { rows: "1,234" })).toBe("قُرئ 1,234 صفًا");
    expect(message("en", "cli.loopsFound", { found: "12+", shown: "10" })).toBe(
      "12+ loops found; showing 10, largest bottleneck first.",
    );
  });

  it("reads an argument the caller left out as empty text, never as an error", () => {
    expect(message("en", "problem.yaml-syntax")).toBe("YAML syntax error: ");
  });

  it("words a problem code no catalogue knows as the code itself", () => {
    expect(problemMessage("ar", "no-such-code", {})).toBe("no-such-code");
    expect(problemMessage("en", "unknown-deal", { id: "x" })).toBe('unknown deal "x"');
  });

  it("counts the tracker's months as the press does: a fraction takes the singular, 11 the accusative", () => {
    const values = { low: "24", high: "36", start: "s", earliest: "e", latest: "l" };
    const ar = message("ar", "report.tracker.window", { ...values, elapsed: "13.8", left: "11" });
    expect(ar).toContain("مضى 13.8 شهر، وبقي 11 شهرًا على الأكثر");
    expect(message("ar", "report.tracker.window", { ...values, elapsed: "1", left: "5" })).toContain(
      "مضى شهر واحد، وبقي 5 أشهر على الأكثر",
    );
    expect(message("en", "report.tracker.window", { ...values, elapsed: "1", left: "22.2" })).toContain(
      "1 month elapsed, at most 22.2 months left",
    );
  });
});
