/** The name table against a Map, through growth, short names in the slot and long names by their bytes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NameTable } from "./name-table.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** One name looked up alone (a batch of one), counting no use. */
function intern(table: NameTable, bytes: Uint8Array): number {
  const out = new Int32Array(1);
  table.internBatch(bytes, Int32Array.of(0), Int32Array.of(bytes.length), 1, out, 0);
  return out[0] as number;
}

describe("NameTable", () => {
  it("numbers names as a Map would, one at a time and in batches", () => {
    const names = fc.array(fc.stringMatching(/^[!-~]{1,12}$/), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(names, fc.integer({ min: 1, max: 64 }), (list, batch) => {
        const single = new NameTable(4);
        const batched = new NameTable(4);
        const expected = new Map<string, number>();
        const numbers: number[] = [];
        for (const name of list) {
          if (!expected.has(name)) expected.set(name, expected.size);
          const bytes = encode(name);
          const number = intern(single, bytes);
          numbers.push(number);
          // The caller's count per name must survive the table's growth (it once lagged by one).
          single.activity[number] = (single.activity[number] as number) + 1;
        }
        const uses = [...expected.keys()].map((n) => list.filter((m) => m === n).length);
        expect(Array.from(single.activity.subarray(0, single.count))).toEqual(uses);
        expect(numbers).toEqual(list.map((n) => expected.get(n)));
        // Batches over one buffer holding every name.
        const joined = encode(list.join(""));
        const starts = new Int32Array(list.length);
        const ends = new Int32Array(list.length);
        let at = 0;
        list.forEach((n, i) => {
          starts[i] = at;
          at += n.length;
          ends[i] = at;
        });
        const out = new Int32Array(list.length);
        for (let i = 0; i < list.length; i += batch) {
          const n = Math.min(batch, list.length - i);
          const part = new Int32Array(n);
          batched.internBatch(joined, starts.subarray(i, i + n), ends.subarray(i, i + n), n, part);
          out.set(part, i);
        }
        expect(Array.from(out)).toEqual(numbers);
        expect(single.names()).toEqual([...expected.keys()]);
        expect(batched.count).toBe(expected.size);
      }),
      { numRuns: 300 },
    );
  });

  it("tells apart names that share a hash slot or a prefix", () => {
    const table = new NameTable(2);
    const names = [
      "a",
      "a\u007e",
      "ab",
      "abcdefg",
      "abcdefgh",
      "abcdefgi",
      "abcdefghijklmnop",
      "abcdefghijklmnoq",
    ];
    const numbers = names.map((n) => intern(table, encode(n)));
    expect(numbers).toEqual(names.map((_, i) => i));
    expect(names.map((n) => intern(table, encode(n)))).toEqual(numbers);
  });
});
