/**
 * Finding an entity by what a reader types: its id, its English or Arabic name, its ticker or an alias,
 * in any case, with or without spaces and punctuation, with Arabic spelling variants folded (hamza
 * forms of alef, tāʾ marbūṭa, alif maqṣūra, diacritics, tatweel), so "أوراكل", "اوراكل", "oracle" and
 * "ORCL" all find Oracle. Resolution, first rule that applies:
 * 1. the exact id;
 * 2. a key equal to the query (one entity: found; several: ambiguous);
 * 3. a key containing the query (one entity: found; several: ambiguous);
 * 4. otherwise unknown, with the entities whose keys are closest by edit distance.
 * Complexity: O(E·K·L²) for E entities of K keys of length L (edit distance on the unknown path only).
 */
import type { Entity } from "../model/entity.ts";

export type EntityMatch = { id: string; name: { en: string; ar: string }; kind: string };

export type EntitySearch =
  | { result: "found"; id: string }
  | { result: "ambiguous"; query: string; matches: EntityMatch[] }
  | { result: "unknown"; query: string; matches: EntityMatch[] };

/** How many close matches an unknown or ambiguous name lists. */
export const MAX_MATCHES = 8;

/** Folds case, accents, punctuation, spaces and Arabic spelling variants into one comparable key. */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

type SearchableEntity = Pick<Entity, "id" | "name" | "kind" | "ticker" | "aliases">;

function keysOf(entity: SearchableEntity): string[] {
  const ticker = entity.ticker?.split(":").pop();
  const texts = [entity.id, entity.name.en, entity.name.ar, entity.ticker, ticker, ...(entity.aliases ?? [])];
  return [...new Set(texts.filter((t): t is string => t !== undefined).map(searchKey))].filter(Boolean);
}

const match = (e: SearchableEntity): EntityMatch => ({ id: e.id, name: e.name, kind: e.kind });

export function findEntity(entities: readonly SearchableEntity[], query: string): EntitySearch {
  const exactId = entities.find((e) => e.id === query);
  if (exactId) return { result: "found", id: exactId.id };
  const key = searchKey(query);
  const indexed = entities.map((entity) => ({ entity, keys: keysOf(entity) }));
  if (key !== "") {
    for (const test of [(k: string) => k === key, (k: string) => k.includes(key)]) {
      const hits = indexed.filter((x) => x.keys.some(test));
      if (hits.length === 1) return { result: "found", id: (hits[0] as (typeof hits)[number]).entity.id };
      if (hits.length > 1) {
        const ranked = rankByDistance(hits, key).slice(0, MAX_MATCHES);
        return { result: "ambiguous", query, matches: ranked.map((x) => match(x.entity)) };
      }
    }
  }
  const limit = Math.max(2, Math.floor(key.length / 3));
  const close = rankByDistance(indexed, key).filter((x) => x.distance <= limit);
  return { result: "unknown", query, matches: close.slice(0, MAX_MATCHES).map((x) => match(x.entity)) };
}

function rankByDistance<T extends { entity: SearchableEntity; keys: string[] }>(items: T[], key: string) {
  return items
    .map((x) => ({ ...x, distance: Math.min(...x.keys.map((k) => editDistance(k, key))) }))
    .sort((a, b) => a.distance - b.distance || (a.entity.id < b.entity.id ? -1 : 1));
}

/** Levenshtein distance (insert, delete, substitute cost 1), two rows of the DP table. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The items closest to a query that matched nothing exactly: those whose keys contain it first,
 * then by edit distance within a third of its length. For unknown deal ids ("did you mean …").
 */
export function closestMatches<T>(
  items: readonly T[],
  keys: (item: T) => string[],
  query: string,
  limit = MAX_MATCHES,
): T[] {
  const key = searchKey(query);
  const scored = items.map((item) => {
    const ks = keys(item).map(searchKey);
    const contains = key !== "" && ks.some((k) => k.includes(key));
    return { item, contains, distance: contains ? 0 : Math.min(...ks.map((k) => editDistance(k, key))) };
  });
  const bound = Math.max(2, Math.floor(key.length / 3));
  return scored
    .filter((s) => s.contains || s.distance <= bound)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map((s) => s.item);
}
