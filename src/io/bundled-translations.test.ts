/**
 * The translation memory of the bundled data (issue 14: the data's English texts read in Arabic):
 * every English text an output shows (core/dataset/data-texts.ts, and the tracker's derivations) has
 * its Arabic in data/ai-economy/arabic/*.yaml; every entry still matches a text of the data (an English
 * text edited without its Arabic shows up here, never silently wrong); no text is translated twice;
 * every Arabic text follows docs/arabic-style.md as the language auditor checks it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dataTexts } from "../core/dataset/data-texts.ts";
import type { DatasetFile, Translation } from "../core/model/dataset.ts";
import { DatasetFile as DatasetFileSchema } from "../schema/dataset-file.ts";
import { arabicFaults } from "../testing/language-audit.ts";
import { readCsvTable } from "./csv-table.ts";
import { listYamlFiles } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR } from "./paths.ts";
import { TRACKER_FILE } from "./tracker-file.ts";
import { parseYamlText } from "./yaml-text.ts";

type Shown = { file: string; kind: "outlet" | "text"; text: string };

let shown: Shown[];
let allStrings: Set<string>;
let memory: (Translation & { file: string })[];

beforeAll(async () => {
  const files = (await listYamlFiles(BUNDLED_DATA_DIR)).map((file) => {
    const yaml = parseYamlText(readFileSync(join(BUNDLED_DATA_DIR, file), "utf8"), file);
    return { file, raw: yaml.value, data: DatasetFileSchema.parse(yaml.value) as DatasetFile };
  });
  shown = files.flatMap(({ file, data }) => dataTexts(data).map((t) => ({ file, ...t })));
  const tracker = await readCsvTable(join(BUNDLED_DATA_DIR, TRACKER_FILE), TRACKER_FILE, [], ["note"]);
  for (const row of tracker.rows) {
    const note = row.values.note;
    if (note) shown.push({ file: TRACKER_FILE, kind: "text", text: note });
  }
  allStrings = new Set(shown.map((s) => s.text));
  for (const { raw } of files) collectStrings(raw, allStrings);
  memory = files.flatMap(({ file, data }) => (data.translations ?? []).map((t) => ({ file, ...t })));
});

function collectStrings(node: unknown, out: Set<string>): void {
  if (typeof node === "string") out.add(node);
  else if (Array.isArray(node)) for (const item of node) collectStrings(item, out);
  else if (node && typeof node === "object")
    for (const value of Object.values(node)) collectStrings(value, out);
}

/** The shown texts without an Arabic, one per line with the first file that shows it. */
function untranslated(texts: readonly Shown[]): string[] {
  const translated = new Set(memory.map((t) => t.en));
  const missing = new Map<string, string>();
  for (const { file, text } of texts)
    if (!translated.has(text) && !missing.has(text)) missing.set(text, `${file}: ${JSON.stringify(text)}`);
  return [...missing.values()];
}

describe("the Arabic of the data's English texts", () => {
  it("names every outlet and translates every text an output shows", () => {
    const missing = untranslated(shown);
    expect(missing, `untranslated texts:\n${missing.join("\n")}`).toEqual([]);
  });

  it("keeps no entry whose English the data no longer holds", () => {
    const stale = memory
      .filter((t) => !allStrings.has(t.en))
      .map((t) => `${t.file}: ${JSON.stringify(t.en)}`);
    expect(stale, `stale translations:\n${stale.join("\n")}`).toEqual([]);
  });

  it("translates each English text once", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const t of memory) {
      const first = seen.get(t.en);
      if (first) twice.push(`${JSON.stringify(t.en)} in ${first} and ${t.file}`);
      else seen.set(t.en, t.file);
    }
    expect(twice).toEqual([]);
  });

  it("writes every Arabic as the style guide asks: no Latin unit, $, ترليون or Latin list comma", () => {
    const faults = memory.flatMap((t) =>
      [...arabicFaults(t.ar), ...(/, /.test(t.ar) ? ["Latin comma"] : [])].map(
        (f) => `${t.file}: ${JSON.stringify(t.en)}: ${f}`,
      ),
    );
    expect(faults, faults.join("\n")).toEqual([]);
  });
});
