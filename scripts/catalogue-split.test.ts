import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withoutArabic } from "./catalogue-split.ts";

const REGISTRY = readFileSync(new URL("../src/i18n/messages/index.ts", import.meta.url), "utf8");
const importsOf = (source: string, suffix: string) =>
  source.split("\n").filter((line) => line.startsWith("import ") && line.endsWith(`.${suffix}.ts";`));

describe("the web build's registry without Arabic", () => {
  const split = withoutArabic(REGISTRY);

  it("imports no Arabic part, and every one it had becomes an undefined constant", () => {
    const arabic = importsOf(REGISTRY, "ar");
    expect(arabic.length).toBeGreaterThan(20);
    expect(importsOf(split, "ar")).toEqual([]);
    for (const line of arabic) {
      const name = /import \{ (\w+) \}/.exec(line)?.[1];
      expect(split).toContain(`const ${name} = undefined;`);
    }
  });

  it("keeps every English part and everything else as it was", () => {
    expect(importsOf(split, "en")).toEqual(importsOf(REGISTRY, "en"));
    const rest = (source: string) =>
      source.split("\n").filter((line) => !/\.ar\.ts";$|= undefined;$/.test(line));
    expect(rest(split)).toEqual(rest(REGISTRY));
  });

  it("sees every Arabic part: each is imported on one line of the usual form", () => {
    // A part imported across two lines, or under another name, would stay in the first bundle.
    const mentions = REGISTRY.match(/\.ar\.ts"/g) ?? [];
    expect(mentions.length).toBe(importsOf(REGISTRY, "ar").length);
    expect(split).not.toMatch(/\.ar\.ts"/);
  });
});
