/**
 * The language auditor: reads a text output (a command's, a page's) for the faults docs/arabic-style.md
 * and issue 14 forbid. Pure string work, no fs, so the CLI tests and the browser tests share it.
 *
 * - `arabicFaults`: Latin units or "$" outside isolates, "ترليون", bidi marks, a Latin comma between
 *   Arabic words, two digit systems under one setting, a unit alone in an isolate.
 * - `englishWords`: English words in Arabic output outside the allow-list (the names the data holds
 *   in Latin, tickers, "401(k)", URLs, file names, command lines and options a user types).
 * - `idLabels`: an internal id (a dataset id, an enum key, a financial metric) standing as a word of
 *   the output, in either language.
 * - `untranslatedKeys`: a message key (`report.`, `cli.`, `web.`, `enum.`) printed instead of its text.
 */
import type { Dataset } from "../core/model/dataset.ts";
import { displayWidth } from "../i18n/text-width.ts";

export type Digits = "latn" | "arab";

/** What the auditor knows of the data: the ids that must not show, the Latin names that may. */
export type Vocabulary = {
  /** Dataset ids, enum keys and metric keys: never a word of output. */
  ids: ReadonlySet<string>;
  /** Names, tickers, outlets, titles, file names and URLs the data holds in Latin (Arabic may quote them). */
  latinNames: readonly string[];
  /** Words the catalogue itself writes in each language: an id spelt like one of them is that word. */
  words: { en: ReadonlySet<string>; ar: ReadonlySet<string> };
};

type Catalogue = { readonly [key: string]: string | Catalogue };

/** The vocabulary of a dataset and the message catalogue (enum keys are the catalogue's `enum` leaves). */
export function vocabulary(
  dataset: Dataset,
  catalogues: { en: Catalogue; ar: Catalogue },
  extra: { ids?: readonly string[]; names?: readonly string[] } = {},
): Vocabulary {
  const ids = new Set<string>(extra.ids);
  const names: string[] = [...(extra.names ?? [])];
  const add = (...texts: (string | undefined)[]) => {
    for (const text of texts) if (text && /[A-Za-z]/.test(text)) names.push(text);
  };
  for (const s of dataset.sources) {
    ids.add(s.id);
    add(s.publisher, s.via, s.title, s.url, s.file);
  }
  for (const e of dataset.entities) {
    ids.add(e.id);
    add(e.name.en, e.name.ar, e.ticker, ...(e.aliases ?? []));
  }
  for (const d of dataset.deals) {
    ids.add(d.id);
    // A product the Arabic title itself names in Latin ("رقائق GB200", "إطلاق ChatGPT") is a name.
    add(...latinRuns(d.title.ar));
  }
  for (const p of dataset.parameters) {
    ids.add(p.id);
    add(...latinRuns(p.name.ar));
  }
  for (const i of dataset.indicators) {
    ids.add(i.id);
    add(i.by, ...latinRuns(i.name.ar));
  }
  for (const s of dataset.sites) ids.add(s.id);
  for (const f of dataset.financials) ids.add(f.metric);
  const enums = catalogues.en.enum as Catalogue;
  for (const group of Object.values(enums))
    if (typeof group !== "string") for (const key of Object.keys(group)) ids.add(key);
  // Longest first, so "OpenAI Group PBC" is taken out before "OpenAI".
  const latinNames = [...new Set(names)].sort((a, b) => b.length - a.length);
  return { ids, latinNames, words: { en: catalogueWords(catalogues.en), ar: catalogueWords(catalogues.ar) } };
}

/** The Latin words an Arabic text holds as it is written: the names the data keeps in Latin. */
function latinRuns(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][\w&.+-]*(?: [A-Z0-9][\w&.+-]*)*/g)].map((m) => m[0]);
}

function catalogueWords(tree: Catalogue): Set<string> {
  const words = new Set<string>();
  const walk = (node: Catalogue | string) => {
    if (typeof node === "string") {
      // The text outside ICU arguments and plural selectors: "{n, plural, one {# deal} …}" keeps "deal".
      for (const word of node.replace(/\{[\w]+[,}]/g, " ").matchAll(ID_TOKEN)) words.add(word[0]);
    } else for (const child of Object.values(node)) walk(child);
  };
  walk(tree);
  return words;
}

const ISOLATED = /[\u2066-\u2068][^\u2069]*\u2069/g;
const LEAKED_UNIT = /^[-\d.,\s]*(US\$|\$[-\d.,]*[KMBT]?|\/?(GW|MW|GWh|MWh|TWh))[\d.,\s]*$/;
// Names Arabic keeps in Latin that the data does not hold: a retirement plan's code, the ranking
// algorithm the exposure command names (the Arabic tech press writes it so: "خوارزمية PageRank"), and
// the spreadsheet's maker and format on an export button ("مصنّف Excel"، "XLSX").
const ALLOWED_LATIN = [/\b401\(k\)/g, /\bPageRank\b/g, /\bExcel\b/g, /\bXLSX\b/g];

/** The faults of Arabic output that docs/arabic-style.md names, under one digit setting. */
export function arabicFaults(text: string, digits: Digits = "latn"): string[] {
  const faults: string[] = [];
  let open = text.replace(ISOLATED, "");
  for (const allowed of ALLOWED_LATIN) open = open.replace(allowed, "");
  const find = (name: string, pattern: RegExp) => {
    for (const match of open.matchAll(pattern)) faults.push(`${name}: ${around(open, match.index ?? 0)}`);
  };
  find("misspelt تريليون", /ترليون/g);
  find("dollar sign", /US\$|\$/g);
  find("Latin unit", /\b(GW|MW|GWh|MWh|TWh)\b/g);
  find("bidi mark", /[\u200e\u200f\u061c]/g);
  find("Latin comma in an Arabic list", /[\u0621-\u064a], [\u0621-\u064a]/g);
  // Between list items that are numbers or isolated names: "[4, 5]", "⁦Reuters⁩, 2026".
  const marked = text.replace(ISOLATED, "\u2066\u2069");
  for (const match of marked.matchAll(/[\u0660-\u06690-9\u2069], [\u0660-\u06690-9\u2066]/g))
    faults.push(`Latin comma between list items: ${around(marked, match.index ?? 0)}`);
  if (digits === "latn")
    find("Arabic-Indic digit under --digits latn", /[\u0660-\u0669\u06f0-\u06f9]+|[0-9][\u066b\u066c][0-9]/g);
  else find("Western digit under --digits arab", /[0-9]+/g);
  // An isolate holding nothing but a number's currency or unit is the formatter leaking Latin, not a
  // name or an English title: "⁦US$⁩", "⁦$5B⁩", "⁦GW⁩", "⁦/GW⁩".
  for (const [isolated] of text.matchAll(ISOLATED)) {
    if (LEAKED_UNIT.test(isolated.slice(1, -1))) faults.push(`Latin unit in an isolate: ${isolated}`);
  }
  return faults;
}

// What a user types or a machine names: URLs, paths and file names, options, command lines, "401(k)".
// An option may carry its value, its placeholder ("<key=value>") or the alternatives a manual lists
// ("--basis announced|committed|paid", "--kinds cash,equity"); a command line its usage placeholders
// ("halqa ledger scan [options] <file>"); an environment variable is typed as "$HALQA_LANG".
const TYPED = [
  /\bhttps?:\/\/\S+/g,
  /[\w.~-]*\/[\w./*-]+/g,
  /\b[\w.-]+\.(?:csv|jsonl?|ya?ml|parquet|txt|md|pdf|html?)\b/gi,
  // A file type by its extension alone: "a .csv edge list".
  /(?<![\w.*])\.(?:csv|jsonl?|ya?ml|parquet|txt|md|pdf|html?)\b/gi,
  // An option with its value as typed, a KEY=VALUE pair included ("--set KEY=VALUE").
  /--[a-z][a-z-]*(?:[ =](?:[A-Za-z0-9][\w.=-]*(?: ?[|,] ?[a-z0-9][\w.-]*)*|<[\w.=/]+>))?/g,
  /\bhalqa(?: (?:[a-z][\w-]*|\[[a-z]+\]|<[a-z][\w-]*>))*/g,
  /(?<![\w<])<[a-z][\w.=/-]*>(?![\w>])/g,
  /\$[A-Z][A-Z0-9_]+\b/g,
  /\b401\(k\)/g,
];

/**
 * A table cell holding an option a reader types, broken onto two lines to fit 100 columns ("--set" above
 * "openai-revenue-2024"), blanked like any typed command: only an option alone on its cell's line, and
 * the one lower-case key below it in the same cell, are taken as typed.
 */
export function blankTypedCells(text: string): string {
  const lines = text.split("\n");
  const bare = (cell: string) => cell.replace(/[\u2066-\u2069]/g, "").trim();
  for (let i = 0; i + 1 < lines.length; i++) {
    const cells = (lines[i] as string).split("│");
    const below = (lines[i + 1] as string).split("│");
    if (cells.length < 3 || below.length !== cells.length) continue;
    cells.forEach((cell, j) => {
      if (!/^--[a-z][a-z-]*$/.test(bare(cell)) || !/^[a-z0-9][\w.-]*$/.test(bare(below[j] ?? ""))) return;
      cells[j] = " ".repeat(cell.length);
      below[j] = " ".repeat((below[j] as string).length);
    });
    lines[i] = cells.join("│");
    lines[i + 1] = below.join("│");
  }
  return lines.join("\n");
}

/** English words (two letters or more) in Arabic output that are not a name, ticker, file or command. */
export function englishWords(text: string, vocab: Pick<Vocabulary, "latinNames">): string[] {
  let rest = withoutIsolates(withoutWrappedNames(unwrapProse(blankTypedCells(text)), vocab.latinNames));
  for (const pattern of [...TYPED, ...ALLOWED_LATIN]) rest = rest.replace(pattern, " ");
  for (const name of vocab.latinNames) rest = rest.split(name).join(" ");
  const faults: string[] = [];
  for (const match of rest.matchAll(/[A-Za-z][A-Za-z'’]+/g)) {
    faults.push(`English word "${match[0]}": ${around(rest, match.index ?? 0)}`);
  }
  return faults;
}

/** The text without its isolates, which show nothing: a typed line the wrap cut in two reads whole. */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}

/**
 * A table cell's line that is one piece of a Latin name the cell wrapped (a source's English title over
 * three lines: "Oracle Form 10-K for the fiscal" / "year ended May 31, 2024") is that name, blanked
 * before the words are read. A piece of one word counts only with the cell's line above it, so a lone
 * word is still read.
 */
function withoutWrappedNames(text: string, names: readonly string[]): string {
  const lines = text.split("\n");
  const cells = (line: string) => line.split("\u2502");
  const piece = (cell: string | undefined) => (cell ?? "").replace(/[\u2066-\u2069]/g, "").trim();
  return lines
    .map((line, i) => {
      if (!TABLE_LINE.test(line)) return line;
      const above = i > 0 && TABLE_LINE.test(lines[i - 1] ?? "") ? cells(lines[i - 1] ?? "") : [];
      return cells(line)
        .map((cell, column) => {
          const own = piece(cell);
          if (!/[A-Za-z]/.test(own)) return cell;
          const before = piece(above[column]);
          const wrapped = own.includes(" ") ? own : before && `${before} ${own}`;
          return wrapped && names.some((n) => n.includes(wrapped)) ? " ".repeat(cell.length) : cell;
        })
        .join("\u2502");
    })
    .join("\n");
}

/**
 * Prose lines joined back as the CLI wrapped them (src/cli/prose.ts): a line end, its hang and an isolate
 * closed and reopened by the wrap become one space, so a quoted title is matched whole. Table lines
 * (box drawing) stay as they are.
 */
function unwrapProse(text: string): string {
  return text.replace(/\u2069?\n[ \t]*\u2066?/g, (gap, offset: number) => {
    const before = text.lastIndexOf("\n", offset - 1);
    const after = text.indexOf("\n", offset + gap.length);
    const lines = text.slice(before + 1, after < 0 ? undefined : after);
    return TABLE_LINE.test(lines)
      ? gap
      : gap.startsWith("\u2069") && gap.endsWith("\u2066")
        ? " "
        : `${gap.startsWith("\u2069") ? "\u2069" : ""} ${gap.endsWith("\u2066") ? "\u2066" : ""}`;
  });
}

// A word that could be an id: lower-case letters and digits, maybe joined by "-", "_" or ".".
const ID_TOKEN = /[a-z0-9]+(?:[-_.][a-z0-9]+)*/gi;

/**
 * Internal ids shown as words of the output. A token spelt exactly as an id (ids are lower-case kebab)
 * is a fault, unless the catalogue of that language writes the same word (the English "signed" is a
 * word and an enum key) or it is part of something a user types (a command line, an option, a path).
 */
export function idLabels(text: string, lang: "en" | "ar", vocab: Vocabulary): string[] {
  let rest = withoutIsolates(unwrapProse(blankTypedCells(text)));
  for (const pattern of TYPED) rest = rest.replace(pattern, " ");
  const faults: string[] = [];
  for (const match of rest.matchAll(ID_TOKEN)) {
    const token = match[0];
    if (!vocab.ids.has(token) || vocab.words[lang].has(token) || /^\d+$/.test(token)) continue;
    const at = match.index ?? 0;
    // A name's own spelling ("Meta" is not the id "meta") is case-sensitive; a part of a name is not an id.
    if (insideName(rest, at, token.length, vocab)) continue;
    faults.push(`id "${token}": ${around(rest, at)}`);
  }
  return faults;
}

/** The text of the token's table cell (or line), between the borders around it, trimmed. */
function cellPiece(text: string, at: number, length: number): string {
  const border = /[│\n]/;
  let start = at;
  while (start > 0 && !border.test(text[start - 1] ?? "")) start--;
  let end = at + length;
  while (end < text.length && !border.test(text[end] ?? "")) end++;
  return text.slice(start, end).trim();
}

/** The same table cell's text on the line above the token's (isolates dropped), or "" off a table. */
function cellAbove(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  if (start === 0) return "";
  const column = text.slice(start, at).split("\u2502").length - 1;
  const above = text.slice(text.lastIndexOf("\n", start - 2) + 1, start - 1);
  if (column === 0 || !TABLE_LINE.test(above)) return "";
  return (above.split("\u2502")[column] ?? "").replace(/[\u2066-\u2069]/g, "").trim();
}

function insideName(text: string, at: number, length: number, vocab: Vocabulary): boolean {
  const before = text[at - 1] ?? " ";
  const after = text[at + length] ?? " ";
  // Glued to more of a word (a hyphenated name, a dotted code), it is part of that word.
  if (/[\w@#]/.test(before) || /[\w@]/.test(after)) return true;
  // A name a table cell wrapped ("… GPU-backed" / "private-credit lenders"): the cell's line from the
  // token on, or up to its end, is still a piece of one name.
  const cell = cellPiece(text, at, length)
    .replace(/[\u2066-\u2069]/g, "")
    .trim();
  if (cell.length > length && vocab.latinNames.some((name) => name.includes(cell))) return true;
  // A word the wrap left alone on its line ("… pushes its" / "valuation"): with the cell's line above.
  const above = cellAbove(text, at);
  if (above && vocab.latinNames.some((name) => name.includes(`${above} ${cell}`))) return true;
  return vocab.latinNames.some((name) => {
    for (
      let i = name.indexOf(text.slice(at, at + length));
      i >= 0;
      i = name.indexOf(text.slice(at, at + length), i + 1)
    ) {
      if (text.slice(at - i, at - i + name.length) === name) return true;
    }
    return false;
  });
}

/** Message keys printed instead of their text: "report.summary.title", "enum.status.signed". */
export function untranslatedKeys(text: string): string[] {
  const faults: string[] = [];
  for (const match of text.matchAll(/\b(?:report|cli|web|enum|problem)\.[A-Za-z][\w-]*(?:\.[\w-]+)+/g)) {
    faults.push(`message key "${match[0]}": ${around(text, match.index ?? 0)}`);
  }
  return faults;
}

/** Every fault of one output in one language, under one digit setting. */
export function languageFaults(
  text: string,
  lang: "en" | "ar",
  vocab: Vocabulary,
  digits: Digits = "latn",
): string[] {
  return [
    ...(lang === "ar" ? [...arabicFaults(text, digits), ...englishWords(text, vocab)] : []),
    ...idLabels(text, lang, vocab),
    ...untranslatedKeys(text),
  ];
}

// Box drawing: a table's rows and borders.
const TABLE_LINE = /[\u2502\u250c\u2514\u251c\u2510\u2518\u2524\u252c\u2534\u253c]/;

/** The table lines (box drawing) wider than `limit` display columns, with their widths. */
export function wideTableLines(text: string, limit = 100): { width: number; line: string }[] {
  return text
    .split("\n")
    .filter((line) => TABLE_LINE.test(line))
    .map((line) => ({ width: displayWidth(line), line }))
    .filter(({ width }) => width > limit);
}

function around(text: string, at: number): string {
  return `…${text.slice(Math.max(0, at - 20), at + 30).replace(/\n/g, " ")}…`;
}
