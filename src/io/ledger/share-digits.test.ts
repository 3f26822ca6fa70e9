/**
 * putShare writes exactly String(roundShare(x)) whenever it writes at all, and declines only where it
 * says it does (zero, out of range, next to a tie) — on arbitrary doubles, on ratios of cent amounts
 * as ledgers give them, on exact ties and their neighbours, and next to powers of ten.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundShare } from "../../core/reports/ledger-summary-report.ts";
import { putShare } from "./share-digits.ts";

const buf = new Uint8Array(64);

/** What putShare wrote, or null when it declined. */
function written(x: number): string | null {
  const end = putShare(buf, 0, x);
  return end < 0 ? null : Buffer.from(buf.subarray(0, end)).toString("latin1");
}

function agrees(x: number): void {
  const text = written(x);
  if (text !== null) expect(text).toBe(String(roundShare(x)));
}

describe("putShare", () => {
  it("writes String(roundShare(x)) for any double it takes", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => agrees(x)),
      { numRuns: 20_000 },
    );
  });

  it("takes the ratios of two cent amounts (but next to a tie), and writes them as String would", () => {
    const cents = fc.integer({ min: 1, max: 10 ** 11 });
    fc.assert(
      fc.property(cents, cents, (first, last) => {
        const x = last / 100 / (first / 100);
        const text = written(x);
        if (text !== null) expect(text).toBe(String(roundShare(x)));
        else if (x >= 1e-6 && x < 1e15) {
          // Declined in range only next to a tie.
          const y = x * 10 ** (5 - Math.floor(Math.log10(x)));
          expect(Math.abs(y - Math.floor(y) - 0.5)).toBeLessThan(1e-5);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees on ties, their neighbours and powers of ten", () => {
    for (let e = -7; e <= 15; e++)
      for (const k of [100000, 123456, 999999, 500000, 999994, 999995]) {
        const tie = (k + 0.5) * 10 ** (e - 5);
        for (const x of [tie, tie * (1 + 1e-15), tie * (1 - 1e-15), tie * (1 + 1e-9), tie * (1 - 1e-9)])
          for (const s of [x, -x]) agrees(s);
        for (const x of [10 ** e, 10 ** e * (1 + 1e-16), 10 ** e * (1 - 1e-16), 9.999995 * 10 ** e])
          agrees(x);
      }
  });

  it("writes plain shares as they read", () => {
    expect(written(0.8867990490840442)).toBe("0.886799");
    expect(written(3.6443188102992687)).toBe("3.64432");
    expect(written(0.97)).toBe("0.97");
    expect(written(1)).toBe("1");
    expect(written(-2.5)).toBe("-2.5");
    expect(written(1234567.89)).toBe("1234570");
    expect(written(0.000012345678)).toBe("0.0000123457");
    expect(written(0.9999996)).toBe("1");
    expect(written(0)).toBeNull();
    expect(written(1e-7)).toBeNull();
    expect(written(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
