/**
 * The names a report's ids are shown by, in one language: entities by name, deals by title, sources by
 * outlet and date, parameters, indicators and sites by name. The terminal and the pages both build them here
 * from the dataset, so an id reads the same in every face and never stands as a label itself.
 */
import type { Dataset } from "../core/model/dataset.ts";
import { joinList } from "./format.ts";
import type { RecordNames } from "./format-cell.ts";
import type { Lang } from "./lang.ts";

type Named = Pick<Dataset, "entities" | "deals" | "sources"> &
  Partial<Pick<Dataset, "parameters" | "indicators" | "sites">>;

export function recordNames(dataset: Named, lang: Lang): RecordNames {
  const entities = new Map(dataset.entities.map((e) => [e.id, e.name[lang]]));
  const deals = new Map(dataset.deals.map((d) => [d.id, d.title[lang]]));
  const sources = new Map(
    dataset.sources.map((s) => [s.id, s.date ? `${s.publisher} ${s.date}` : s.publisher]),
  );
  const records = new Map<string, string>();
  for (const p of dataset.parameters ?? []) records.set(`parameters:${p.id}`, p.name[lang]);
  for (const i of dataset.indicators ?? []) records.set(`indicators:${i.id}`, i.name[lang]);
  for (const s of dataset.sites ?? []) records.set(`sites:${s.id}`, s.name[lang]);
  return {
    entity: (id) => entities.get(id) ?? id,
    deal: (id) => deals.get(id) ?? id,
    // A source cell holds one id or several separated by spaces.
    source: (ids) =>
      joinList(
        lang,
        ids
          .split(" ")
          .filter(Boolean)
          .map((id) => sources.get(id) ?? id),
      ),
    // A bare id names a parameter or an indicator: the dataset's ids are unique across its records.
    record: (ref) =>
      records.get(ref) ?? records.get(`parameters:${ref}`) ?? records.get(`indicators:${ref}`) ?? ref,
  };
}
