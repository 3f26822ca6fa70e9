import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { registryCopy, withPartsOf } from "./catalogue-split.ts";

const REGISTRY = readFileSync(new URL("../src/i18n/messages/index.ts", import.meta.url), "utf8");
const importsOf = (source: string, suffix: string) =>
  source.split("\n").filter((line) => line.startsWith("import ") && line.endsWith(`.${suffix}.ts";`));
const nameOf = (line: string) => /import \{ (\w+) \}/.exec(line)?.[1];

describe("the web build's copies of the registry", () => {
  it("keeps one language's parts in its copy, and every other part becomes an undefined constant", () => {
    for (const [kept, dropped] of [
      ["ar", "en"],
      ["en", "ar"],
    ] as const) {
      const split = withPartsOf(REGISTRY, kept);
      expect(importsOf(split, kept)).toEqual(importsOf(REGISTRY, kept));
      expect(importsOf(split, dropped)).toEqual([]);
      for (const line of importsOf(REGISTRY, dropped))
        expect(split).toContain(`const ${nameOf(line)} = undefined;`);
    }
  });

  it("keeps no part at all in the plain copy the shell imports", () => {
    const split = withPartsOf(REGISTRY, undefined);
    expect(split).not.toMatch(/\.(en|ar)\.ts"/);
    for (const line of [...importsOf(REGISTRY, "en"), ...importsOf(REGISTRY, "ar")])
      expect(split).toContain(`const ${nameOf(line)} = undefined;`);
  });

  it("changes nothing else", () => {
    const rest = (source: string) =>
      source.split("\n").filter((line) => !/\.(en|ar)\.ts";$|= undefined;$/.test(line));
    expect(rest(withPartsOf(REGISTRY, undefined))).toEqual(rest(REGISTRY));
  });

  it("sees every part: each is imported on one line of the usual form", () => {
    // A part imported across two lines, or under another name, would stay in the shell.
    for (const lang of ["en", "ar"]) {
      const mentions = REGISTRY.match(new RegExp(`\\.${lang}\\.ts"`, "g")) ?? [];
      expect(mentions.length).toBe(importsOf(REGISTRY, lang).length);
      expect(mentions.length).toBeGreaterThan(20);
    }
  });

  it("tells the copies apart by their query", () => {
    const at = "/work/halqa/src/i18n/messages/index.ts";
    expect(registryCopy(at)).toEqual({ lang: undefined });
    expect(registryCopy(`${at}?lang=ar`)).toEqual({ lang: "ar" });
    expect(registryCopy(`${at}?lang=en`)).toEqual({ lang: "en" });
    expect(registryCopy(`${at}?lang=fr`)).toBeUndefined();
    expect(registryCopy("/work/halqa/src/i18n/messages/common.en.ts")).toBeUndefined();
  });
});
