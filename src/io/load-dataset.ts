/**
 * Loads a dataset folder: every .yaml/.yml file below it, parsed with positions, checked against the
 * schema, then checked as a whole (ids, references). Reads only; never writes. Returns every problem
 * found, each with file, line, column, path and code, or the merged dataset.
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Document, LineCounter } from "yaml";
import { checkReferences, ID_COLLECTIONS, type LoadedFile } from "../core/dataset/check-references.ts";
import { foldMissingCollections } from "../core/dataset/missing-collection.ts";
import type { Problem } from "../core/dataset/problem.ts";
import { COLLECTIONS, type Dataset, DatasetFile } from "../schema/dataset-file.ts";
import { readTextFile } from "./text-file.ts";
import { positionOf } from "./yaml-position.ts";
import { parseYamlText } from "./yaml-text.ts";
import { problemsFromZod } from "./zod-problems.ts";

export type LoadResult =
  | { ok: true; dir: string; files: string[]; dataset: Dataset }
  | { ok: false; dir: string; files: string[]; problems: Problem[] };

type Parsed = { file: string; doc: Document; lineCounter: LineCounter };

export async function loadDataset(dir: string): Promise<LoadResult> {
  const dirProblem = await checkDirectory(dir);
  if (dirProblem) return { ok: false, dir, files: [], problems: [dirProblem] };
  const files = await listYamlFiles(dir);
  if (files.length === 0) {
    return {
      ok: false,
      dir,
      files,
      problems: [{ code: "no-data-files", file: "", path: [], params: { dir } }],
    };
  }

  const problems: Problem[] = [];
  const parsed = new Map<string, Parsed>();
  const loaded: LoadedFile[] = [];
  const knownIds: Partial<Record<(typeof ID_COLLECTIONS)[number], string[]>> = {};

  for (const file of files) {
    const text = await readTextFile(join(dir, file), file);
    if (!text.ok) {
      problems.push(text.problem);
      continue;
    }
    const yaml = parseYamlText(text.text, file);
    parsed.set(file, { file, doc: yaml.doc, lineCounter: yaml.lineCounter });
    if (yaml.problems.length > 0) {
      problems.push(...yaml.problems);
      // Its ids still count, so references into it are not reported again as dangling.
      if (yaml.value !== undefined) rememberIds(yaml.value, knownIds);
      continue;
    }
    const raw = yaml.value;
    const result = DatasetFile.safeParse(raw, { reportInput: true });
    if (result.success) loaded.push({ file, data: result.data });
    else {
      problems.push(...problemsFromZod(result.error.issues, file));
      rememberIds(raw, knownIds);
    }
  }
  problems.push(
    ...foldMissingCollections(checkReferences(loaded, knownIds), definedCounts(loaded, knownIds)),
  );

  if (problems.length > 0) {
    return { ok: false, dir, files, problems: sortProblems(problems.map((p) => locate(p, parsed))) };
  }
  return { ok: true, dir, files, dataset: merge(loaded) };
}

async function checkDirectory(dir: string): Promise<Problem | undefined> {
  try {
    const info = await stat(dir);
    if (info.isDirectory()) return undefined;
    // A file where a folder is expected (`data validate deals.yaml`): say so, not "not found".
    return { code: "dir-is-file", file: "", path: [], params: { dir } };
  } catch {
    // Reported below, as for a path that is not a folder.
  }
  return { code: "dir-not-found", file: "", path: [], params: { dir } };
}

/** Relative paths (with forward slashes) of the YAML files below `dir`, sorted for a stable order. */
export async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

function rememberIds(
  raw: unknown,
  knownIds: Partial<Record<(typeof ID_COLLECTIONS)[number], string[]>>,
): void {
  if (raw === null || typeof raw !== "object") return;
  for (const collection of ID_COLLECTIONS) {
    const list = (raw as Record<string, unknown>)[collection];
    if (!Array.isArray(list)) continue;
    const ids = list
      .map((item) => (item as { id?: unknown } | null)?.id)
      .filter((id) => typeof id === "string");
    knownIds[collection] = [...(knownIds[collection] ?? []), ...ids];
  }
}

/** How many records of each id collection the files define, counting files that failed their schema. */
function definedCounts(
  loaded: readonly LoadedFile[],
  knownIds: Partial<Record<(typeof ID_COLLECTIONS)[number], string[]>>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const collection of ID_COLLECTIONS) {
    counts[collection] =
      (knownIds[collection]?.length ?? 0) +
      loaded.reduce(
        (n, { data }) => n + ((data as Record<string, unknown[] | undefined>)[collection]?.length ?? 0),
        0,
      );
  }
  return counts;
}

function locate(problem: Problem, parsed: Map<string, Parsed>): Problem {
  if (problem.line !== undefined) return problem;
  const source = parsed.get(problem.file);
  if (!source) return problem;
  return { ...problem, ...positionOf(source.doc, source.lineCounter, problem.path) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function merge(files: readonly LoadedFile[]): Dataset {
  const dataset = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Dataset;
  for (const { data } of files) {
    for (const collection of COLLECTIONS) {
      const items = data[collection];
      if (items) (dataset[collection] as unknown[]).push(...items);
    }
    if (data.translations) dataset.translations = [...(dataset.translations ?? []), ...data.translations];
  }
  return dataset;
}
