/**
 * When most of a collection is absent (say entities.yaml was deleted or moved), every reference to it
 * dangles: the bundled dataset then yields some 700 "unknown entity" problems and never names the
 * cause. When a collection's dangling ids outnumber the ids the files define (and there are at least
 * MIN_REFERENCES dangling references), this folds them into
 * one problem, put first, that names the collection, how many references dangle and a few of the
 * missing ids, so the reader restores the one file first. A few typos stay problems of their own.
 */
import type { Problem } from "./problem.ts";

const REFERENCE_CODES: Record<string, "sources" | "entities" | "deals"> = {
  "unknown-source": "sources",
  "unknown-entity": "entities",
  "unknown-deal": "deals",
};

/** Fewer dangling references than this are listed one by one: reading them is quicker than a guess. */
export const MIN_REFERENCES = 20;

/** How many missing ids the folded problem names as examples. */
const EXAMPLES = 5;

/**
 * @param defined how many records of each collection the dataset's files define (readable or not).
 */
export function foldMissingCollections(
  problems: readonly Problem[],
  defined: Readonly<Record<string, number>>,
): Problem[] {
  const dangling = new Map<string, { references: number; ids: Set<string> }>();
  for (const p of problems) {
    const collection = REFERENCE_CODES[p.code];
    if (!collection) continue;
    const entry = dangling.get(collection) ?? { references: 0, ids: new Set<string>() };
    entry.references++;
    entry.ids.add(String(p.params.id));
    dangling.set(collection, entry);
  }
  const folded = new Set(
    [...dangling]
      .filter(([c, { ids, references }]) => references >= MIN_REFERENCES && ids.size > (defined[c] ?? 0))
      .map(([c]) => c),
  );
  if (folded.size === 0) return [...problems];
  const first: Problem[] = [...folded].map((collection) => {
    const { references, ids } = dangling.get(collection) as { references: number; ids: Set<string> };
    return {
      code: "collection-missing",
      file: "",
      path: [],
      params: {
        collection,
        references,
        ids: ids.size,
        defined: defined[collection] ?? 0,
        examples: [...ids].slice(0, EXAMPLES),
      },
    };
  });
  return [...first, ...problems.filter((p) => !folded.has(REFERENCE_CODES[p.code] ?? ""))];
}
