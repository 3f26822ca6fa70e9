import { z } from "zod";
import type { Source as SourceModel } from "../core/model/source.ts";
import { Confidence, Id, IsoDate, Language } from "./primitives.ts";
import type { Expect, Same } from "./same-type.ts";

export const SourceKind = z.enum(["primary-filing", "press", "analyst", "article"]);

/**
 * Where a figure comes from. The three seed articles are sources with `file` set to their file name
 * in shared/seeds; everything else has a `url`.
 */
export const Source = z
  .strictObject({
    id: Id,
    publisher: z.string().trim().min(1),
    /** The outlet the text was read at when it differs from the publisher (a mirror or a syndication). */
    via: z.string().trim().min(1).optional(),
    title: z.string().trim().min(1),
    date: IsoDate.optional(),
    url: z.url().optional(),
    file: z.string().trim().min(1).optional(),
    language: Language,
    kind: SourceKind,
    reliability: Confidence,
    note: z.string().optional(),
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, {
    error: "source-unlocated",
    path: ["url"],
  });

export type Source = SourceModel;
type _SourceMatches = Expect<Same<z.output<typeof Source>, SourceModel>>;
