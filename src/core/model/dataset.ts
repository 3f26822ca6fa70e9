import type { Deal } from "./deal.ts";
import type { Entity } from "./entity.ts";
import type { Financial, Indicator, Parameter, Site } from "./records.ts";
import type { Source } from "./source.ts";

/** One YAML file of a dataset folder: any file may hold any of the collections. */
export type DatasetFile = {
  sources?: Source[] | undefined;
  entities?: Entity[] | undefined;
  deals?: Deal[] | undefined;
  financials?: Financial[] | undefined;
  indicators?: Indicator[] | undefined;
  sites?: Site[] | undefined;
  parameters?: Parameter[] | undefined;
  translations?: Translation[] | undefined;
};

/**
 * The Arabic of one English text the data holds (a note, an outlet's name, a derivation): keyed by the
 * English exactly, as a translation memory, so one entry serves every record that repeats the text and
 * an English text edited without its Arabic shows up as untranslated instead of silently wrong.
 */
export type Translation = { en: string; ar: string };

/** The names of the collections, in the order the dataset is exported. */
export const COLLECTIONS = [
  "sources",
  "entities",
  "deals",
  "financials",
  "indicators",
  "sites",
  "parameters",
] as const satisfies readonly (keyof DatasetFile)[];

export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * The merged dataset: every collection, in file order, and the Arabic of its English texts (absent
 * from datasets that carry none).
 */
export type Dataset = { [K in CollectionName]: NonNullable<DatasetFile[K]> } & {
  translations?: Translation[];
};
