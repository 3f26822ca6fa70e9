import type { Confidence, Id, IsoDate } from "./primitives.ts";

/**
 * One sourced quantity: a point `value`, or a range `low`/`high` (either end may be open: `high`
 * alone reads "up to"). At least one of the three is set, and at least one source.
 */
export type SingleFigure = {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  /** Ids of the sources that state this figure. */
  sources: Id[];
  /** A short quote in the source's own language. */
  quote?: string | undefined;
  confidence?: Confidence | undefined;
  /** The date the figure describes (for `paid`: paid up to this date). */
  asOf?: IsoDate | undefined;
  /** True when the figure is derived (by an analyst or by us) rather than stated by a party. */
  estimate?: boolean | undefined;
  note?: string | undefined;
};

/** A figure with the conflicting figures of other sources beside it, so disagreement is kept as data. */
export type Figure = SingleFigure & { alternatives?: SingleFigure[] | undefined };
