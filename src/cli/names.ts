import type { Language } from "../i18n/index.ts";
import type { Dataset } from "../schema/dataset-file.ts";

/** Entity id → its name in the chosen language (the id itself for an unknown id). */
export function entityNamer(dataset: Pick<Dataset, "entities">, lang: Language): (id: string) => string {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name[lang]]));
  return (id) => names.get(id) ?? id;
}

/** Deal id → its title in the chosen language. */
export function dealNamer(dataset: Pick<Dataset, "deals">, lang: Language): (id: string) => string {
  const titles = new Map(dataset.deals.map((d) => [d.id, d.title[lang]]));
  return (id) => titles.get(id) ?? id;
}
