/**
 * Compile-time checks that a zod schema produces exactly the model type core is written against
 * (src/core/model): `type _ = Same<z.output<typeof DealSchema>, Deal>` stops tsc when a field is
 * added, dropped, renamed or retyped on one side only. Mutual assignability in both directions (a
 * required field against an optional one fails either way).
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `Expect<Same<A, B>>` is a type error unless A and B are the same. */
export type Expect<T extends true> = T;
