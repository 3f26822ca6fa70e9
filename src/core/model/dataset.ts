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
};

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

/** The merged dataset: every collection, in file order. */
export type Dataset = { [K in CollectionName]: NonNullable<DatasetFile[K]> };
