/**
 * Help comes from the catalogue (cli-help.{en,ar}.ts, put on the commands by help.ts): the commands'
 * registrations carry no English of their own, which nobody would read and which would drift from it.
 * Commander still needs the flags and the defaults, so an option with a default keeps "" in the
 * description's place. ledger.ts is the ledger engineers' and is left for them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = import.meta.dirname;
const LEFT = new Set(["ledger.ts"]);
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !LEFT.has(f));
const LITERAL = String.raw`(?:"(?:[^"\\]|\\.)+"|\x60[^\x60]+\x60|'(?:[^'\\]|\\.)+')`;
const INLINE = [
  new RegExp(String.raw`\.description\(\s*${LITERAL}`),
  new RegExp(String.raw`\.(?:option|requiredOption|argument)\(\s*${LITERAL}\s*,\s*${LITERAL}`),
];

describe("command registrations", () => {
  it.each(files)("%s holds no help text of its own", (file) => {
    const source = readFileSync(join(DIR, file), "utf8");
    const found = INLINE.flatMap((re) => source.match(new RegExp(re, "g")) ?? []);
    expect(found).toEqual([]);
  });
});
