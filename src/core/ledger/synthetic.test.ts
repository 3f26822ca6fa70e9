import { describe, expect, it } from "vitest";
import { createRng } from "../random.ts";
import { batchCycles } from "./cycle-tally.ts";
import { scanLedgerOnThisThread } from "./scan-serial.ts";
import { syntheticLedger } from "./synthetic.ts";

const DAY = 86_400_000;

describe("synthetic ledgers", () => {
  const shape = { transactions: 5_000, accounts: 500, days: 60, planted: 30, plantedMaxHops: 5 };

  it("are a pure function of the seed", () => {
    const a = syntheticLedger(shape, createRng(11));
    const b = syntheticLedger(shape, createRng(11));
    expect(Array.from(a.ledger.ts)).toEqual(Array.from(b.ledger.ts));
    expect(a.planted.map((c) => Array.from(c))).toEqual(b.planted.map((c) => Array.from(c)));
  });

  it("have ties in time and repeated account pairs", () => {
    const { ledger } = syntheticLedger(shape, createRng(5));
    expect(new Set(ledger.ts).size).toBeLessThan(ledger.ts.length);
    const pairs = new Set(Array.from(ledger.src, (s, i) => `${s}-${ledger.dst[i]}`));
    expect(pairs.size).toBeLessThan(ledger.src.length);
  });

  it("plant round-trips that the scan finds, every one, within the planted window and band", () => {
    const { ledger, planted } = syntheticLedger(shape, createRng(3));
    expect(planted).toHaveLength(30);
    const found = new Set<string>();
    scanLedgerOnThisThread(
      ledger,
      { mode: "temporal", windowMs: DAY, maxHops: 5, retention: { low: 0.9, high: 0.99 } },
      {
        onCycles: (b) => {
          for (const c of batchCycles(b)) found.add(Array.from(c).join(","));
        },
      },
    );
    for (const cycle of planted) expect(found.has(Array.from(cycle).join(","))).toBe(true);
  });
});
