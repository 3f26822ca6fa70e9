/**
 * The dataset as the dashboard holds it: the raw `Dataset` from /api/dataset/model (what the core
 * functions take) plus lookups by id, names in the reader's language and the announcement months
 * the time slider moves over.
 */

import type { Lang } from "@i18n/lang.ts";
import type { Dataset } from "@schema/dataset-file.ts";
import type { Deal } from "@schema/deal.ts";
import type { Entity } from "@schema/entity.ts";
import type { Source } from "@schema/source.ts";

export type Model = {
  dataset: Dataset;
  entities: ReadonlyMap<string, Entity>;
  deals: ReadonlyMap<string, Deal>;
  sources: ReadonlyMap<string, Source>;
  /** Every month from the first announcement to the last, "YYYY-MM". */
  months: string[];
};

/** "2025" → "2025-01", "2025-09-22" → "2025-09". */
export function monthOf(iso: string): string {
  return iso.length >= 7 ? iso.slice(0, 7) : `${iso.slice(0, 4)}-01`;
}

export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

export function makeModel(dataset: Dataset): Model {
  const announced = dataset.deals.map((d) => monthOf(d.announced)).sort();
  const first = announced[0];
  const last = announced[announced.length - 1];
  return {
    dataset,
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    deals: new Map(dataset.deals.map((d) => [d.id, d])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    months: first && last ? monthRange(first, last) : [],
  };
}

export function entityName(model: Model, id: string, lang: Lang): string {
  return model.entities.get(id)?.name[lang] ?? id;
}

export function dealTitle(model: Model, id: string, lang: Lang): string {
  return model.deals.get(id)?.title[lang] ?? id;
}
