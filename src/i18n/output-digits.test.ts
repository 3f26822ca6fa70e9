import { describe, expect, it } from "vitest";
import { outputDigits } from "./output-digits.ts";

const LRI = "\u2066";
const PDI = "\u2069";

describe("outputDigits", () => {
  it("arab: converts every Western number outside isolates, with its separators and percent sign", () => {
    expect(outputDigits("بقيمة 1,250.5 مليار دولار في 2025-03-10 (30%)", "arab")).toBe(
      "بقيمة ١٬٢٥٠٫٥ مليار دولار في ٢٠٢٥-٠٣-١٠ (٣٠٪)",
    );
  });

  it("arab: inside an isolate, converts a number standing alone and keeps names, codes, ids and URLs", () => {
    expect(outputDigits(`${LRI}ledger.csv: 3${PDI} صفوف`, "arab")).toBe(`${LRI}ledger.csv: ٣${PDI} صفوف`);
    for (const name of [
      "Form 10-K",
      "401(k)",
      "t1, t2",
      "nvidia-openai-10gw-loi",
      "https://x.com/2025/01",
      "GB200",
      "10:00:00",
    ]) {
      expect(outputDigits(`${LRI}${name}${PDI}`, "arab")).toBe(`${LRI}${name}${PDI}`);
    }
  });

  it("latn: turns Arabic-Indic (and Persian) digits Western, separators and percent included", () => {
    expect(outputDigits("٣٫٧ مليار و١٬٠٠٠ و۲۰۲۵ و٣٠٪", "latn")).toBe("3.7 مليار و1,000 و2025 و30%");
    expect(outputDigits("نص بلا أرقام", "latn")).toBe("نص بلا أرقام");
  });

  it("is its own inverse on formatted numbers", () => {
    const text = "3.7 مليار دولار · 98 صفقةً · 21 نوفمبر 2026 · 12.5%";
    expect(outputDigits(outputDigits(text, "arab"), "latn")).toBe(text);
  });
});
