/**
 * The numbered source list of a report: every source id the report cites, numbered in the order it is
 * first cited, resolved to its record. A reader sees "[3]" beside a figure and finds source 3 at the
 * end; an id the dataset does not know is still listed (with empty fields) rather than dropped.
 */
import type { Dataset } from "../model/dataset.ts";

export type CitedSource = {
  n: number;
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
  file: string | null;
};

/** Collects ids in citation order (each once) and resolves them at the end. */
export class SourceCollector {
  private readonly order = new Map<string, number>();

  /** Records the ids and returns them unchanged, so a builder can write `sources: cite(ids)`. */
  cite = (ids: readonly string[]): string[] => {
    for (const id of ids) if (!this.order.has(id)) this.order.set(id, this.order.size + 1);
    return [...ids];
  };

  list(dataset: Pick<Dataset, "sources">): CitedSource[] {
    const byId = new Map(dataset.sources.map((s) => [s.id, s]));
    return [...this.order.entries()].map(([id, n]) => ({ n, ...resolveSource(byId, id) }));
  }
}

/** A source by id as readers see it (publisher, title, date, address); an unknown id keeps its id. */
export function resolveSource(
  byId: ReadonlyMap<string, Dataset["sources"][number]>,
  id: string,
): Omit<CitedSource, "n"> {
  const s = byId.get(id);
  return {
    id,
    publisher: s?.publisher ?? "",
    title: s?.title ?? "",
    date: s?.date ?? null,
    url: s?.url ?? null,
    file: s?.file ?? null,
  };
}
