/**
 * One YAML file of a dataset folder. Any file may hold any of the collections, so contributors can
 * group records as they like (one file per company, per theme, per source); the loader merges them.
 */
import { z } from "zod";
import type * as model from "../core/model/dataset.ts";
import { Deal } from "./deal.ts";
import { Entity } from "./entity.ts";
import { Financial, Indicator, Parameter, Site } from "./records.ts";
import type { Expect, Same } from "./same-type.ts";
import { Source } from "./source.ts";

export const DatasetFile = z.strictObject({
  sources: z.array(Source).optional(),
  entities: z.array(Entity).optional(),
  deals: z.array(Deal).optional(),
  financials: z.array(Financial).optional(),
  indicators: z.array(Indicator).optional(),
  sites: z.array(Site).optional(),
  parameters: z.array(Parameter).optional(),
  translations: z.array(z.strictObject({ en: z.string().min(1), ar: z.string().min(1) })).optional(),
});

export type DatasetFile = model.DatasetFile;
type _DatasetFileMatches = Expect<Same<z.output<typeof DatasetFile>, model.DatasetFile>>;

export type { CollectionName, Dataset } from "../core/model/dataset.ts";
export { COLLECTIONS } from "../core/model/dataset.ts";
