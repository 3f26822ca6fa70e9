import { describe, expect, it } from "vitest";
import { primaryLanguage } from "./language-tag.ts";

describe("primaryLanguage", () => {
  it("reads the primary subtag of a well-formed tag, in any case, with - or _", () => {
    expect(primaryLanguage("ar")).toBe("ar");
    expect(primaryLanguage("AR")).toBe("ar");
    expect(primaryLanguage(" ar-SA ")).toBe("ar");
    expect(primaryLanguage("en_GB")).toBe("en");
    expect(primaryLanguage("zh-Hant-TW")).toBe("zh");
  });

  it("refuses a malformed tag rather than guess at it", () => {
    for (const tag of ["", "a", "ar-", "ar--SA", "*", "arabic", "ar-toolongsubtag", "ar SA", null, undefined])
      expect(primaryLanguage(tag), String(tag)).toBeUndefined();
  });
});
