/** The types of the message catalogue's trees (kept apart so the parts can import them without a cycle). */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Widen a tree of string literals to the same shape with `string` leaves (the Arabic side's type). */
export type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Dotted keys of every leaf of a tree, e.g. "report.common.count.deal". */
export type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
