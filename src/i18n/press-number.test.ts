import { describe, expect, it } from "vitest";
import { pressUsd, pressValue } from "./press-number.ts";

describe("figures in the press's words", () => {
  it("writes dollars with the scale in words and its Arabic plural", () => {
    expect(pressUsd("ar", 22.4e9)).toBe("22.4 مليار دولار");
    expect(pressUsd("ar", 4e9)).toBe("4 مليارات دولار");
    expect(pressUsd("ar", 11e9)).toBe("11 مليار دولار");
    expect(pressUsd("ar", 1.4e12)).toBe("1.4 تريليون دولار");
    expect(pressUsd("ar", 3e6)).toBe("3 ملايين دولار");
    expect(pressUsd("en", 1.38e12)).toBe("$1.4T");
    expect(pressUsd("en", -5.9e9)).toBe("-$5.9B");
  });

  it("keeps Western digits in Arabic and names GW in words", () => {
    expect(pressValue("ar", 33.5, "GW")).toBe("33.5 جيجاوات");
    expect(pressValue("ar", 18.66, "percent")).toBe("18.7%");
    expect(pressValue("en", null, "USD")).toBe("—");
  });
});
