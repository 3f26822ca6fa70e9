/**
 * Lists every English free text of the given data files that has no Arabic in data/ai-economy/arabic/*.yaml
 * (the `translations` collection, keyed by the English exactly), and every Arabic there that the language
 * audit would flag. Exits 1 when something is missing or faulty, so the lead can check coverage:
 *
 *   npx tsx scripts/untranslated-figures.ts [data files…]
 *
 * Without files it checks the four figure files (financials, reported-financials, indicators, capital).
 * Source records are left out (their titles, publishers and notes are decided elsewhere), and so are
 * fields that are not prose: ids, enums, units, quotes (kept in the source's own language) and names
 * that already carry their Arabic ({en, ar}).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { arabicFaults } from "../src/testing/language-audit.ts";

const DATA_DIR = "data/ai-economy";
const ARABIC_DIR = join(DATA_DIR, "arabic");
const FIGURE_FILES = ["financials", "reported-financials", "indicators", "capital"].map((f) =>
  join(DATA_DIR, `${f}.yaml`),
);

/** The prose fields a record may hold at any depth (figures, alternatives, statuses, events, parties). */
export const TEXT_KEYS = new Set([
  "note",
  "label",
  "description",
  "basis",
  "derivation",
  "method",
  "condition",
  "conditions",
  "summary",
  "detail",
]);

/** Collections whose texts are not ours to translate here (source records) or are the translations. */
const SKIPPED_COLLECTIONS = new Set(["sources", "translations"]);

export type EnglishText = { path: string; text: string };

/** Every English text under a prose key of a parsed data file, with where it sits ("financials[3].note"). */
export function englishTexts(data: unknown): EnglishText[] {
  const found: EnglishText[] = [];
  const walk = (node: unknown, path: string, prose: boolean): void => {
    if (typeof node === "string") {
      if (prose && /[A-Za-z]/.test(node)) found.push({ path, text: node });
      return;
    }
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${path}[${i}]`, prose);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (path === "" && SKIPPED_COLLECTIONS.has(key)) continue;
      walk(value, path ? `${path}.${key}` : key, TEXT_KEYS.has(key));
    }
  };
  walk(data, "", false);
  return found;
}

export type Translation = { en: string; ar: string };

export type Coverage = {
  missing: EnglishText[];
  /** The same English given two different Arabic texts: the lookup could not tell which is meant. */
  conflicting: string[];
  /** Arabic the language audit rejects ("$", Latin units, a Latin comma between Arabic words …). */
  faulty: { en: string; faults: string[] }[];
};

export function coverage(texts: readonly EnglishText[], translations: readonly Translation[]): Coverage {
  const arabicOf = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const { en, ar } of translations) {
    const known = arabicOf.get(en);
    if (known !== undefined && known !== ar) conflicting.add(en);
    arabicOf.set(en, ar);
  }
  const faulty = translations
    .map(({ en, ar }) => ({ en, faults: arabicFaults(ar) }))
    .filter(({ faults }) => faults.length > 0);
  return {
    missing: texts.filter(({ text }) => !arabicOf.has(text)),
    conflicting: [...conflicting],
    faulty,
  };
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, "utf8"));
}

function arabicTranslations(dir: string): Translation[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  } catch {
    return [];
  }
  return names.flatMap(
    (name) => (readYaml(join(dir, name)) as { translations?: Translation[] } | null)?.translations ?? [],
  );
}

function main(files: string[]): number {
  const translations = arabicTranslations(ARABIC_DIR);
  let missing = 0;
  let total = 0;
  const allTexts: EnglishText[] = [];
  for (const file of files) {
    const texts = englishTexts(readYaml(file));
    const result = coverage(texts, translations);
    total += texts.length;
    missing += result.missing.length;
    allTexts.push(...texts);
    for (const { path, text } of result.missing) console.log(`${relative(".", file)}: ${path}: ${text}`);
    console.log(
      `# ${relative(".", file)}: ${texts.length - result.missing.length}/${texts.length} translated`,
    );
  }
  const { conflicting, faulty } = coverage(allTexts, translations);
  for (const en of conflicting) console.log(`conflicting Arabic for: ${en}`);
  for (const { en, faults } of faulty) console.log(`faulty Arabic for "${en}": ${faults.join("; ")}`);
  console.log(
    `# ${missing} of ${total} texts missing; ${conflicting.length} conflicting; ${faulty.length} faulty`,
  );
  return missing + conflicting.length + faulty.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  process.exitCode = main(files.length > 0 ? files : FIGURE_FILES);
}
