/**
 * Ledgers built to be awkward for the --out writers, with cycles over them (not checked to close: the
 * writers write what they are given): names and ids with commas, quotes, line breaks, leading and
 * trailing spaces, Arabic and emoji; missing times; zero, negative, huge, fractional and cent amounts; each
 * kind of transaction id. Used by the tests that hold the fast writers to the record path.
 */
import fc from "fast-check";
import type { CycleBatch, Ledger } from "../core/ledger/types.ts";
import type { CycleContext } from "../io/ledger/cycle-record.ts";
import type { TransactionIds } from "../io/ledger/ingest.ts";

const name = fc.oneof(
  fc.constantFrom("a", "Acme, Inc.", 'the "B" bank', " lead", "trail ", "line\nbreak", "بنك", "😀", "", ";"),
  fc.constantFrom("tx a", "T-9", "back\\slash", "tab\t", "~!#$%&'()*+-./:<=>?@[]^_`{|}"),
  fc.string({ maxLength: 6 }),
);
const time = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4_102_444_800_000 }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
  // The whole range of four-digit years, fractions of a millisecond, and times before 1970.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 253_402_300_799_999 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e13, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: -62_135_596_800_000, max: 0 }) },
);
const amount = fc.oneof(
  fc.constantFrom(0, -5, 100, 0.1, 1e21, 123456.789, 5e-7),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  // Amounts in cents, as ledgers hold them (the formatter writes these digit by digit), to the edge of
  // its rule (|amount| < 10^13) and past it.
  fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 100),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }).map((k) => k / 100),
  fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((k) => k / 100),
);

export const awkwardWorld = fc
  .record({
    accounts: fc.array(name, { minLength: 2, maxLength: 5 }),
    rows: fc.array(fc.tuple(fc.nat(), time, amount, name), { minLength: 1, maxLength: 12 }),
    idKind: fc.constantFrom<TransactionIds["kind"]>("row", "number", "text"),
    cycles: fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ accounts, rows, idKind, cycles }) => {
    const m = rows.length;
    const ledger: Ledger = {
      accountCount: accounts.length,
      src: Int32Array.from(rows, (r) => r[0] % accounts.length),
      dst: Int32Array.from(rows, () => 0),
      ts: Float64Array.from(rows, (r) => r[1]),
      amount: Float64Array.from(rows, (r) => r[2]),
      row: Int32Array.from(rows, (_, i) => i + 3),
    };
    const texts = rows.map((r) => r[3].replaceAll("\n", " "));
    const bytes = Buffer.from(texts.map((t) => `${t}\n`).join(""));
    const offsets = new Float64Array(m + 1);
    for (let i = 0; i < m; i++)
      offsets[i + 1] = (offsets[i] as number) + Buffer.byteLength(texts[i] as string) + 1;
    const ids: TransactionIds =
      idKind === "row"
        ? { kind: "row" }
        : idKind === "number"
          ? { kind: "number", values: Float64Array.from(rows, (r) => r[2]) }
          : { kind: "text", bytes, offsets };
    const context: CycleContext = { ledger, accounts, ids };
    const edges = cycles.map((c) => Int32Array.from(c, (e) => e % m));
    return { context, edges };
  });

export function batchOf(cycles: Int32Array[]): CycleBatch {
  const offsets = new Int32Array(cycles.length + 1);
  cycles.forEach((c, j) => {
    offsets[j + 1] = (offsets[j] as number) + c.length;
  });
  const edges = new Int32Array(offsets[cycles.length] as number);
  for (const [j, c] of cycles.entries()) edges.set(c, offsets[j] as number);
  return { count: cycles.length, offsets, edges };
}
