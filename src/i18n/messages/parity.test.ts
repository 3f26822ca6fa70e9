/**
 * The two languages of the one catalogue say the same things: every key in both, every message valid
 * ICU, the same placeholders with the same argument types, and every count worded for every number.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { hasMessage, messageOrKey } from "../message.ts";
import { catalogueAr, catalogueEn, type MessageKey } from "./index.ts";
import type { MessageTree } from "./tree.ts";

function leaves(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of leaves(value, full)) out.set(k, v);
  }
  return out;
}

const en = leaves(catalogueEn);
const ar = leaves(catalogueAr as MessageTree);
const CATALOGUES: Record<Lang, Map<string, string>> = { en, ar };

/** Each placeholder's name with the kind of argument it is ("argument", "plural", "select" …). */
function placeholders(elements: readonly MessageFormatElement[], out = new Map<string, Set<string>>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound || element.type === TYPE.tag) continue;
    const kind = TYPE[element.type];
    out.set(element.value, (out.get(element.value) ?? new Set()).add(kind));
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) placeholders(option.value, out);
    }
  }
  return out;
}

function plurals(elements: readonly MessageFormatElement[], out: { value: string; keys: string[] }[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural) out.push({ value: element.value, keys: Object.keys(element.options) });
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) plurals(option.value, out);
    }
  }
  return out;
}

const ast = (lang: Lang, key: string) => parse(CATALOGUES[lang].get(key) as string, { ignoreTag: true });

describe("the message catalogue", () => {
  it("has every key in both languages", () => {
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(900);
  });

  it("holds valid ICU messages only", () => {
    for (const lang of ["en", "ar"] as const) {
      for (const key of CATALOGUES[lang].keys()) expect(() => ast(lang, key), `${lang} ${key}`).not.toThrow();
    }
  });

  it("gives both languages the same placeholders, of the same kinds", () => {
    for (const key of en.keys()) {
      const names = (lang: Lang) =>
        Object.fromEntries(
          [...placeholders(ast(lang, key))].map(([name, kinds]) => [name, [...kinds].sort()]),
        );
      expect(names("ar"), key).toEqual(names("en"));
    }
  });

  it("words every count from 0 to 120 in Arabic, with all the forms Arabic has", () => {
    const forms = ["zero", "one", "two", "few", "many", "other"];
    for (const [key, source] of ar) {
      for (const plural of plurals(ast("ar", key))) {
        const exact = plural.keys.every((k) => k.startsWith("=") || k === "other");
        expect(exact || forms.every((f) => plural.keys.includes(f)), `${key}: ${plural.keys}`).toBe(true);
      }
      if (!plurals(ast("ar", key)).length) continue;
      const values = Object.fromEntries([...placeholders(ast("ar", key)).keys()].map((name) => [name, "x"]));
      for (let n = 0; n <= 120; n++) {
        for (const plural of plurals(ast("ar", key))) values[plural.value] = String(n);
        const text = messageOrKey("ar", key, values);
        expect(text, `${key} (${n}): ${source}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("counts in English with one and other (or exact numbers)", () => {
    for (const key of en.keys()) {
      for (const plural of plurals(ast("en", key))) {
        const exact = plural.keys.every((k) => k.startsWith("=") || k === "other");
        expect(exact || (plural.keys.includes("one") && plural.keys.includes("other")), key).toBe(true);
      }
    }
  });

  it("words every problem in Arabic, even when its parameters are missing", () => {
    for (const key of ar.keys()) {
      if (key.startsWith("problem.")) expect(messageOrKey("ar", key), key).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("has a message for every error code the schemas raise", () => {
    const dir = join(import.meta.dirname, "..", "..", "schema");
    const raised = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const m of text.matchAll(/issue\(ctx, "([a-z0-9-]+)"/g)) raised.add(m[1] as string);
      for (const m of text.matchAll(/error: "([a-z0-9-]+)"/g)) raised.add(m[1] as string);
    }
    expect(raised.size).toBeGreaterThan(10);
    for (const code of raised) expect(hasMessage("en", `problem.${code}`), code).toBe(true);
  });
});

// A compile-time check that literal keys are checked: this line fails to compile if the key goes.
const _key: MessageKey = "problem.yaml-syntax";
void _key;
