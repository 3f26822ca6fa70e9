/**
 * Every `m(key, { … })` of the pages passes exactly the arguments its message takes. A message that
 * misses a value throws when it is formatted (ICU has no "leave the placeholder" mode), so a page
 * would fail to render; the compiler checks the key, this test checks the values. Calls whose values
 * are not an object literal (a spread, a variable) are counted and left to the page tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { messageSource } from "@i18n/message.ts";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

const WEB_SRC = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };

function argumentsOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type !== 0 && element.type !== 7 && typeof element.value === "string")
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, "en", undefined, { ignoreTag: true }).getAst() as Element[]);
  return [...names].sort();
}

type Call = { file: string; keys: string[]; values: string[] | null };

const CALL = /(?<![\w$])m\((?:[^,()"`]*\? )?"([\w.-]+)"(?: : "([\w.-]+)")?(, \{|, |\))/g;

/** The text from an opening brace to its match, for an object literal's properties. */
function braced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ("{([".includes(text[i] as string)) depth++;
    if ("})]".includes(text[i] as string)) depth--;
    if (depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** Top-level property names of an object literal's body; null when it spreads another object. */
function propertyNames(body: string): string[] | null {
  const names: string[] = [];
  let depth = 0;
  let inTemplate = false;
  let current = "";
  for (const char of `${body},`) {
    if ("{([".includes(char)) depth++;
    if ("})]".includes(char)) depth--;
    if (char === "`") {
      depth += inTemplate ? -1 : 1;
      inTemplate = !inTemplate;
    }
    if (char === "," && depth === 0) {
      const property = current.trim();
      if (property.startsWith("...")) return null;
      if (property) names.push((property.split(":")[0] as string).trim().replace(/^["']|["']$/g, ""));
      current = "";
    } else current += char;
  }
  return names;
}

/** `m("key", { a, b: … })`, `i18n.m(…)` and `m(cond ? "k1" : "k2", { … })`. */
function calls(file: string): Call[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(CALL)].map((match) => {
    const keys = [match[1], match[2]].filter((k): k is string => k !== undefined);
    const tail = match[3];
    const values =
      tail === ")"
        ? []
        : tail === ", {"
          ? propertyNames(braced(text, (match.index ?? 0) + match[0].length - 1))
          : null;
    return { file: file.slice(WEB_SRC.length + 1), keys, values };
  });
}

describe("the pages' message calls", () => {
  const all = sourceFiles(WEB_SRC).flatMap(calls);

  it("pass exactly the arguments each message takes, in both languages", () => {
    const checked = all.filter((call) => call.values !== null);
    expect(checked.length).toBeGreaterThan(500);
    for (const call of checked) {
      for (const key of call.keys) {
        for (const lang of ["en", "ar"] as const) {
          const source = messageSource(lang, key);
          expect(source, `${call.file}: ${key}`).toBeDefined();
          expect([...(call.values ?? [])].sort(), `${call.file}: ${key} (${lang})`).toEqual(
            argumentsOf(source ?? ""),
          );
        }
      }
    }
  });
});
