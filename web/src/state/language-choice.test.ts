/** The first script's answer to "which language does this page open in" is the app's own. */
import { describe, expect, it } from "vitest";
import { languageOfPage } from "./language-choice.ts";
import { parseView } from "./view.ts";

describe("languageOfPage", () => {
  it("takes the URL's lang when it names a language, else the remembered or browser's one", () => {
    expect(languageOfPage("?page=overview&lang=ar", () => "en")).toBe("ar");
    expect(languageOfPage("?lang=en", () => "ar")).toBe("en");
    expect(languageOfPage("?lang=fr", () => "ar")).toBe("ar");
    expect(languageOfPage("?lang=", () => "en")).toBe("en");
    expect(languageOfPage("", () => "ar")).toBe("ar");
  });

  it("agrees with the view the app parses, for any query and fallback", () => {
    for (const search of [
      "",
      "?lang=ar",
      "?lang=en",
      "?lang=AR",
      "?page=stress&lang=ar&lang=en",
      "?lang=%61r",
    ]) {
      for (const fallback of ["en", "ar"] as const) {
        expect(languageOfPage(search, () => fallback)).toBe(parseView(search, fallback, "latn").lang);
      }
    }
  });
});
