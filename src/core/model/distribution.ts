/**
 * Probability distributions a scenario may give instead of a number (docs/methods/monte-carlo.md).
 * `clip: true` clamps samples into the range of the field they feed; without it a distribution that
 * can leave the range is refused by the schema.
 */
type Clip = { clip?: boolean | undefined };

export type Distribution =
  | ({ dist: "uniform"; min: number; max: number } & Clip)
  | ({ dist: "normal"; mean: number; sd: number } & Clip)
  | ({ dist: "lognormal"; mu: number; sigma: number } & Clip)
  | ({ dist: "triangular"; min: number; mode: number; max: number } & Clip)
  | ({
      dist: "beta";
      alpha: number;
      beta: number;
      min?: number | undefined;
      max?: number | undefined;
    } & Clip);

/** The smallest interval that holds every sample of `d` (before any clipping). */
export function support(d: Distribution): [number, number] {
  switch (d.dist) {
    case "uniform":
    case "triangular":
      return [d.min, d.max];
    case "beta":
      return [d.min ?? 0, d.max ?? 1];
    case "lognormal":
      return [0, Number.POSITIVE_INFINITY];
    case "normal":
      return [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  }
}

export const isDistribution = (v: unknown): v is Distribution =>
  typeof v === "object" && v !== null && typeof (v as { dist?: unknown }).dist === "string";
