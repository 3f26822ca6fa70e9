import type { Confidence, Id, IsoDate, SourceLanguage } from "./primitives.ts";

export type SourceKind = "primary-filing" | "press" | "analyst" | "article";

/** Where a figure comes from: a `url`, or a `file` for the seed articles (at least one of them). */
export type Source = {
  id: Id;
  publisher: string;
  /** The outlet the text was read at when it differs from the publisher (a mirror or a syndication). */
  via?: string | undefined;
  title: string;
  date?: IsoDate | undefined;
  url?: string | undefined;
  file?: string | undefined;
  language: SourceLanguage;
  kind: SourceKind;
  reliability: Confidence;
  note?: string | undefined;
};
