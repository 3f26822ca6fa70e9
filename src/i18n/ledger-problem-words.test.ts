import { describe, expect, it } from "vitest";
import { problemMessage } from "./index.ts";

/** Strips the bidi isolates around Latin fragments, so the words can be compared. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");

describe("ledger problems name a column by the user's word and its flag, never the role key", () => {
  it("a missing time column is 'the time' and --ts, not 'ts'", () => {
    // Measured 2026-12-06: "cannot tell which column is ts (found: from, to, amount)".
    const params = { missing: ["ts"], found: ["from", "to", "amount"] };
    expect(problemMessage("en", "ledger-missing-columns", params)).toBe(
      "cannot tell which column holds the time (found: from, to, amount); name it with --ts",
    );
    expect(plain(problemMessage("ar", "ledger-missing-columns", params))).toBe(
      "تعذّر تحديد عمود الوقت (الموجود: from، to، amount)؛ سمِّه بالخيار --ts",
    );
  });

  it("several missing columns are listed in words, with their flags", () => {
    const params = { missing: ["src", "dst"], found: ["x"] };
    expect(problemMessage("en", "ledger-missing-columns", params)).toBe(
      "cannot tell which columns hold the payer and payee (found: x); name them with --src, --dst",
    );
    expect(plain(problemMessage("ar", "ledger-missing-columns", params))).toBe(
      "تعذّر تحديد عمودَي الدافع والمستفيد (الموجود: x)؛ سمِّها بالخيارات --src، --dst",
    );
  });

  it("three or more are joined as the press joins a list, the last with 'and' / 'و'", () => {
    const params = { missing: ["src", "dst", "ts"], found: ["x"] };
    expect(problemMessage("en", "ledger-missing-columns", params)).toContain(
      "hold the payer, payee and time (",
    );
    expect(plain(problemMessage("ar", "ledger-missing-columns", params))).toContain(
      "أعمدة الدافع، المستفيد والوقت (",
    );
  });

  it("a column of the wrong type is named by its role's word, and what it must be in the reader's language", () => {
    const params = {
      column: "paid",
      role: "amount",
      type: "BOOLEAN",
      expected: "a number (integer…) or text",
    };
    const en = problemMessage("en", "ledger-column-type", params);
    expect(en).toBe(
      'the amount column "paid" has type BOOLEAN; it must be a number (integer, decimal, float, double) or text',
    );
    const ar = plain(problemMessage("ar", "ledger-column-type", params));
    expect(ar).toContain("عمود المبلغ");
    expect(ar).not.toMatch(/\(amount\)|integer|text/);
  });
});
