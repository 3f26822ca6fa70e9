/**
 * Coverage of the data's Arabic: lists, for the given data files, every English text a report shows (the
 * texts of `dataTexts`: notes, conditions, labels, outlets, regions) that has no `translations` entry in the Arabic files, plus any
 * Arabic that breaks the style rules (`arabicFaults`) or an English key given two different Arabic texts.
 * Exits 1 when anything is listed, so the lead can run it as a check.
 *
 *   npx tsx scripts/untranslated-texts.ts data/ai-economy/deals/*.yaml
 *   npx tsx scripts/untranslated-texts.ts --collection deals --json data/ai-economy/deals/meta.yaml
 *
 * Titles, quotes and source notes are left out (see data-texts.ts): quotes stay in the source's own
 * language, and no output shows a source's note.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { dataTexts } from "../src/core/dataset/data-texts.ts";
import type { DatasetFile } from "../src/core/model/dataset.ts";
import { DatasetFile as DatasetFileSchema } from "../src/schema/dataset-file.ts";
import { arabicFaults } from "../src/testing/language-audit.ts";

const DEFAULT_TRANSLATIONS_DIR = "data/ai-economy/arabic";

export type EnglishText = { file: string; collection: string; record: string; path: string; text: string };
export type Translation = { en: string; ar: string; file: string };
export type Coverage = { missing: EnglishText[]; faults: string[]; conflicts: string[] };

/**
 * Every English text a data file shows, as `dataTexts` (src/core/dataset/data-texts.ts) finds them — the
 * same list the translation memory's coverage test reads — with what this script adds: the file, and
 * where each text sits (record id and field path). The file must be a valid dataset file.
 */
export function englishTexts(file: string, data: unknown, collections?: ReadonlySet<string>): EnglishText[] {
  const parsed = DatasetFileSchema.safeParse(data);
  if (!parsed.success) throw new InvalidDataFile(file, parsed.error.issues[0]?.path.join(".") ?? "");
  return dataTexts(parsed.data as DatasetFile)
    .filter((t) => !collections || collections.has(t.place.collection))
    .map((t) => ({
      file,
      collection: t.place.collection,
      record: t.place.record,
      path: t.place.field,
      text: t.text,
    }));
}

/** A data file the dataset schema refuses: named with the first field at fault. */
export class InvalidDataFile extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
  ) {
    super(`${file}: not a valid dataset file${field ? ` (at ${field})` : ""}; run halqa data validate`);
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
  let texts: EnglishText[];
  try {
    texts = options.files.flatMap((file) =>
      englishTexts(file, parse(readFileSync(file, "utf8")), options.collections),
    );
  } catch (error) {
    if (!(error instanceof InvalidDataFile)) throw error;
    console.error(error.message);
    return 2;
  }
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
