/**
 * The fast formatter writes exactly what the record path writes (csvLine / jsonLine of cycleRecord),
 * byte for byte, on ledgers built to be awkward: names and ids with commas, quotes, line breaks,
 * leading and trailing spaces, Arabic and emoji; missing times; zero, negative, huge and fractional
 * amounts; each kind of transaction id.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { awkwardWorld, batchOf } from "../../testing/awkward-ledger.ts";
import { CycleFormatter } from "./cycle-format.ts";
import { cycleRecord } from "./cycle-record.ts";
import { csvLine } from "./write-csv.ts";
import { jsonLine } from "./write-jsonl.ts";

describe("CycleFormatter", () => {
  it.each([
    ["csv", csvLine],
    ["jsonl", jsonLine],
  ] as const)("writes the same %s as the record path, byte for byte", (format, lineOf) => {
    fc.assert(
      fc.property(awkwardWorld, fc.nat(1000), ({ context, edges }, first) => {
        const formatter = new CycleFormatter(context, format);
        const expected = edges.map((c, j) => lineOf(cycleRecord(context, first + j, c))).join("");
        // Twice: the second pass reads every transaction and name from the caches.
        const text = () => Buffer.from(formatter.format(batchOf(edges), first)).toString("utf8");
        expect(text()).toBe(expected);
        expect(text()).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});
