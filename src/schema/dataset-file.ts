/**
 * One YAML file of a dataset folder. Any file may hold any of the collections, so contributors can
 * group records as they like (one file per company, per theme, per source); the loader merges them.
 */
import { z } from "zod";
import { Deal } from "./deal.ts";
import { Entity } from "./entity.ts";
import { Financial, Indicator, Parameter, Site } from "./records.ts";
import { Source } from "./source.ts";

export const DatasetFile = z.strictObject({
  sources: z.array(Source).optional(),
  entities: z.array(Entity).optional(),
  deals: z.array(Deal).optional(),
  financials: z.array(Financial).optional(),
  indicators: z.array(Indicator).optional(),
  sites: z.array(Site).optional(),
  parameters: z.array(Parameter).optional(),
});

export type DatasetFile = z.output<typeof DatasetFile>;

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
