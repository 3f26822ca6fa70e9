/**
 * Coverage of the data's Arabic: lists, for the given data files, every English free text (a note, a
 * condition, a label, a description) that has no `translations` entry in the Arabic files, plus any
 * Arabic that breaks the style rules (`arabicFaults`) or an English key given two different Arabic texts.
 * Exits 1 when anything is listed, so the lead can run it as a check.
 *
 *   npx tsx scripts/untranslated-texts.ts data/ai-economy/deals/*.yaml
 *   npx tsx scripts/untranslated-texts.ts --collection deals --json data/ai-economy/deals/meta.yaml
 *
 * Source records' texts (title, publisher, via, note) and quotes are left out: quotes stay in the
 * source's own language and the source texts are decided elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { arabicFaults } from "../src/testing/language-audit.ts";

/** The fields that hold English prose in any record (deal, party, flow, figure, status, entity …). */
const TEXT_KEYS = new Set(["note", "notes", "condition", "label"]);
/** Collections whose texts are not ours to translate here (see the header). */
const SKIPPED_COLLECTIONS = new Set(["sources", "translations"]);
const DEFAULT_TRANSLATIONS_DIR = "data/ai-economy/arabic";

export type EnglishText = { file: string; collection: string; record: string; path: string; text: string };
export type Translation = { en: string; ar: string; file: string };
export type Coverage = { missing: EnglishText[]; faults: string[]; conflicts: string[] };

/** Every English text a parsed data file holds, with where it sits (record id and field path). */
export function englishTexts(file: string, data: unknown, collections?: ReadonlySet<string>): EnglishText[] {
  const found: EnglishText[] = [];
  if (!isRecord(data)) return found;
  for (const [collection, records] of Object.entries(data)) {
    if (SKIPPED_COLLECTIONS.has(collection) || (collections && !collections.has(collection))) continue;
    if (!Array.isArray(records)) continue;
    for (const [i, record] of records.entries()) {
      const id = isRecord(record) && typeof record.id === "string" ? record.id : `#${i}`;
      walk(record, [], (path, text) => found.push({ file, collection, record: id, path, text }));
    }
  }
  return found;
}

function walk(value: unknown, path: string[], visit: (path: string, text: string) => void): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path, String(i)], visit);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (TEXT_KEYS.has(key) && typeof child === "string" && child.trim() !== "")
      visit([...path, key].join("."), child);
    else walk(child, [...path, key], visit);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The texts without an Arabic, the Arabic that breaks the style rules, and the English keys given two
 * different Arabic texts (one entry serves every record, so two would make the output depend on order).
 */
export function coverage(texts: readonly EnglishText[], translations: readonly Translation[]): Coverage {
  const arabicOf = new Map<string, string>();
  const conflicts: string[] = [];
  for (const t of translations) {
    const known = arabicOf.get(t.en);
    if (known !== undefined && known !== t.ar) conflicts.push(`${t.file}: two Arabic texts for "${t.en}"`);
    arabicOf.set(t.en, t.ar);
  }
  const faults = translations.flatMap((t) => arabicFaults(t.ar).map((f) => `${t.file}: ${f} — "${t.ar}"`));
  return { missing: texts.filter((t) => !arabicOf.has(t.text)), faults, conflicts };
}

export function readTranslations(dir: string): Translation[] {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  return files.flatMap((f) => {
    const data: unknown = parse(readFileSync(join(dir, f), "utf8"));
    const list = isRecord(data) && Array.isArray(data.translations) ? data.translations : [];
    return list.filter(isRecord).map((t) => ({ en: String(t.en), ar: String(t.ar), file: join(dir, f) }));
  });
}

type Options = { files: string[]; collections?: Set<string>; translationsDir: string; json: boolean };

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { files: [], translationsDir: DEFAULT_TRANSLATIONS_DIR, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") options.json = true;
    else if (arg === "--collection") {
      options.collections = new Set([...(options.collections ?? []), argv[++i] ?? ""]);
    } else if (arg === "--translations") options.translationsDir = argv[++i] ?? DEFAULT_TRANSLATIONS_DIR;
    else options.files.push(arg);
  }
  return options;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (options.files.length === 0) {
    console.error("usage: untranslated-texts [--collection NAME] [--translations DIR] [--json] FILE…");
    return 2;
  }
  const unreadable = [options.translationsDir, ...options.files].filter((path) => !existsSync(path));
  if (unreadable.length > 0) {
    console.error(`not found: ${unreadable.join(", ")}`);
    return 2;
  }
  const texts = options.files.flatMap((file) =>
    englishTexts(file, parse(readFileSync(file, "utf8")), options.collections),
  );
  const { missing, faults, conflicts } = coverage(texts, readTranslations(options.translationsDir));
  const distinct = new Set(missing.map((t) => t.text)).size;
  if (options.json) {
    console.log(
      JSON.stringify({ texts: texts.length, missing, distinctMissing: distinct, faults, conflicts }, null, 2),
    );
  } else {
    for (const t of missing) console.log(`${t.file} ${t.collection}/${t.record} ${t.path}: ${t.text}`);
    for (const line of [...faults, ...conflicts]) console.log(line);
    console.log(
      `${texts.length} texts, ${missing.length} untranslated (${distinct} distinct), ${faults.length} Arabic faults, ${conflicts.length} conflicts`,
    );
  }
  return missing.length + faults.length + conflicts.length > 0 ? 1 : 0;
}

if (process.argv[1]?.endsWith("untranslated-texts.ts")) process.exitCode = main();
