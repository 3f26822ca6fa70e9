/**
 * Whether the fast CSV reader may read a file, judged from its header line: plain column names
 * (ASCII letters, digits and underscores, not starting with a digit, no two alike) separated by
 * commas, the roles chosen from them exactly as the careful route chooses them (columns.ts), and a
 * time column among them. Anything else is the careful route's to read and judge.
 */
import { type ColumnMap, chooseColumns, type Role } from "../columns.ts";

/** What each field of a row is to the reader. */
export const FIELD = { other: 0, id: 1, src: 2, dst: 3, ts: 4, amount: 5 } as const;

export type FastPlan = {
  /** FIELD value of each field, in file order. */
  fields: Int8Array;
  /** Byte offset of the first data row. */
  dataStart: number;
  columns: ColumnMap;
  guessed: Role[];
};

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The plan for a file whose first bytes are `head`, or null when the fast reader must decline. */
export function fastPlan(head: Uint8Array, given: ColumnMap, requireTs: boolean): FastPlan | null {
  const lineEnd = head.indexOf(10);
  if (lineEnd <= 0) return null;
  const header = Buffer.from(head.buffer, head.byteOffset, lineEnd).toString("latin1");
  const names = header.split(",");
  if (names.length < 3 || !names.every((n) => NAME.test(n)) || new Set(names).size !== names.length)
    return null;
  const required: Role[] = requireTs ? ["src", "dst", "amount", "ts"] : ["src", "dst", "amount"];
  const choice = chooseColumns(names, given, required);
  if (!choice.ok || choice.columns.ts === undefined) return null;
  const fields = new Int8Array(names.length);
  for (const [role, name] of Object.entries(choice.columns) as [Role, string][])
    fields[names.indexOf(name)] = FIELD[role];
  return { fields, dataStart: lineEnd + 1, columns: choice.columns, guessed: choice.guessed };
}
