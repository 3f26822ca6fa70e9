import { describe, expect, it } from "vitest";
import { textLang } from "./text-lang.ts";

describe("textLang", () => {
  it("reads a title with Arabic letters as Arabic, any other as English", () => {
    expect(textLang("OpenAI prints $4.3B revenue")).toBe("en");
    expect(textLang("أوبن أيه آي توسّع عقودها")).toBe("ar");
    expect(textLang("رويترز: OpenAI")).toBe("ar");
  });
});
