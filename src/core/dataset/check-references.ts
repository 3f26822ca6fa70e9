/**
 * Checks that need the whole dataset: ids unique per collection, every reference resolves (sources,
 * entities, deals), links point at existing deals, and a quantity is not entered twice as two records
 * (conflicting figures belong side by side in `alternatives`). Complexity O(size of the dataset).
 */
import type { CollectionName, DatasetFile } from "../model/dataset.ts";
import type { PathSegment, Problem } from "./problem.ts";

export type LoadedFile = { file: string; data: DatasetFile };

type Located<T> = { record: T; file: string; path: PathSegment[] };

export const ID_COLLECTIONS = ["sources", "entities", "deals", "indicators", "sites", "parameters"] as const;

/**
 * @param knownIds ids defined in files that failed their schema check: references to them are not
 *   reported again as dangling (the file's own problems already are).
 */
export function checkReferences(
  files: readonly LoadedFile[],
  knownIds: Partial<Record<(typeof ID_COLLECTIONS)[number], readonly string[]>> = {},
): Problem[] {
  const problems: Problem[] = [];
  const ids = collectIds(files, problems);
  for (const collection of ID_COLLECTIONS) {
    for (const id of knownIds[collection] ?? []) {
      if (!ids[collection].has(id)) ids[collection].set(id, { record: undefined, file: "", path: [] });
    }
  }
  const report = (code: string, at: { file: string; path: PathSegment[] }, params: Record<string, unknown>) =>
    problems.push({ code, file: at.file, path: at.path, params });
  const expect = (
    kind: "sources" | "entities" | "deals",
    id: unknown,
    at: { file: string; path: PathSegment[] },
    code = `unknown-${kind === "entities" ? "entity" : kind === "sources" ? "source" : "deal"}`,
  ) => {
    if (typeof id === "string" && !ids[kind].has(id)) report(code, at, { id });
  };

  for (const { file, data } of files) {
    // Source references can sit anywhere a figure or an event sits: walk every `sources` list.
    walk(data, [], (node, path) => {
      const list = (node as { sources?: unknown }).sources;
      if (path[0] === "sources" || !Array.isArray(list)) return;
      list.forEach((id, i) => {
        expect("sources", id, { file, path: [...path, "sources", i] });
      });
    });

    for (const { record: deal, path } of located(file, data, "deals")) {
      deal.parties.forEach((p, i) => {
        expect("entities", p.entity, { file, path: [...path, "parties", i, "entity"] });
      });
      deal.flows.forEach((flow, i) => {
        expect("entities", flow.from, { file, path: [...path, "flows", i, "from"] });
        expect("entities", flow.to, { file, path: [...path, "flows", i, "to"] });
      });
      (deal.links ?? []).forEach((link, i) => {
        const at = { file, path: [...path, "links", i, "deal"] };
        if (link.deal === deal.id) report("link-to-self", at, { id: link.deal });
        else expect("deals", link.deal, at, "link-missing-deal");
      });
    }
    for (const { record: entity, path } of located(file, data, "entities")) {
      expect("entities", entity.parent, { file, path: [...path, "parent"] });
      (entity.sponsors ?? []).forEach((s, i) => {
        expect("entities", s.entity, { file, path: [...path, "sponsors", i, "entity"] });
        (s.guarantees ?? []).forEach((g, j) => {
          expect("deals", g.deal, { file, path: [...path, "sponsors", i, "guarantees", j, "deal"] });
        });
      });
    }
    for (const { record: f, path } of located(file, data, "financials")) {
      expect("entities", f.entity, { file, path: [...path, "entity"] });
      expect("entities", f.counterparty, { file, path: [...path, "counterparty"] });
    }
    for (const { record: site, path } of located(file, data, "sites")) {
      site.operators.forEach((id, i) => {
        expect("entities", id, { file, path: [...path, "operators", i] });
      });
      expect("entities", site.developer, { file, path: [...path, "developer"] });
      expect("entities", site.owner, { file, path: [...path, "owner"] });
      (site.deals ?? []).forEach((id, i) => {
        expect("deals", id, { file, path: [...path, "deals", i] });
      });
      site.power.forEach((p, i) => {
        expect("entities", p.counterparty, { file, path: [...path, "power", i, "counterparty"] });
        expect("deals", p.deal, { file, path: [...path, "power", i, "deal"] });
      });
    }
  }
  checkDuplicateFinancials(files, problems);
  return problems;
}

function collectIds(files: readonly LoadedFile[], problems: Problem[]) {
  const ids = Object.fromEntries(
    ID_COLLECTIONS.map((c) => [c, new Map<string, Located<unknown>>()]),
  ) as Record<(typeof ID_COLLECTIONS)[number], Map<string, Located<unknown>>>;
  for (const { file, data } of files) {
    for (const collection of ID_COLLECTIONS) {
      for (const item of located(file, data, collection)) {
        const id = (item.record as { id: string }).id;
        const first = ids[collection].get(id);
        if (first) {
          problems.push({
            code: "duplicate-id",
            file,
            path: [...item.path, "id"],
            params: { id, collection, firstFile: first.file },
          });
        } else ids[collection].set(id, item);
      }
    }
  }
  return ids;
}

function checkDuplicateFinancials(files: readonly LoadedFile[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    for (const { record: f, path } of located(file, data, "financials")) {
      const key = [f.entity, f.metric, f.period, f.label ?? "", f.counterparty ?? "", f.unit].join("|");
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          code: "duplicate-figure",
          file,
          path,
          params: { entity: f.entity, metric: f.metric, period: f.period, firstFile: first },
        });
      } else seen.set(key, file);
    }
  }
}

function located<C extends CollectionName>(
  file: string,
  data: DatasetFile,
  collection: C,
): Located<NonNullable<DatasetFile[C]>[number]>[] {
  const list = (data[collection] ?? []) as NonNullable<DatasetFile[C]>[number][];
  return list.map((record, i) => ({ record, file, path: [collection, i] }));
}

function walk(node: unknown, path: PathSegment[], visit: (node: object, path: PathSegment[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walk(item, [...path, i], visit);
    });
    return;
  }
  if (node === null || typeof node !== "object") return;
  visit(node, path);
  for (const [key, value] of Object.entries(node)) walk(value, [...path, key], visit);
}
