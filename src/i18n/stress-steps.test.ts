/** The stress account's sentences say what their numbers are measured against. */
import { describe, expect, it } from "vitest";
import { message } from "./message.ts";

describe("stress account: a fall in market value beside losses on capital", () => {
  // "Nvidia loses market value of $1.8T" then "The largest loss falls on Nvidia: $47.6B" read as a
  // contradiction: the losses are on capital (book equity), and the sentence must say so.
  it("says the losses that follow are against capital, not market value, in both languages", () => {
    const values = { name: "Nvidia", amount: "$1.8T" };
    expect(message("en", "report.stress.step.market-value-loss", values)).toMatch(
      /market value of \$1\.8T\. .*capital \(book equity where reported\), not its market value\./,
    );
    expect(message("ar", "report.stress.step.market-value-loss", values)).toMatch(
      /برأس مال كل شركة .*لا بقيمتها السوقية\.$/,
    );
  });
});
