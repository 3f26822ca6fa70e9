import { describe, expect, it } from "vitest";
import { createRng } from "../../core/random.ts";
import { ByteSink } from "./byte-sink.ts";
import { putBitPacked } from "./parquet-pages.ts";

/** The hybrid's bit-packed run as the spec describes it: a ULEB128 header, then bit by bit, LSB first. */
function reference(values: number[], width: number): number[] {
  const groups = Math.ceil(values.length / 8);
  const header: number[] = [];
  for (let h = groups * 2 + 1; ; h = Math.floor(h / 128)) {
    if (h < 128) {
      header.push(h);
      break;
    }
    header.push((h % 128) | 0x80);
  }
  const body = new Array<number>(groups * width).fill(0);
  for (let i = 0; i < groups * 8; i++) {
    const v = values[i] ?? 0;
    for (let b = 0; b < width; b++) {
      const bit = Math.floor(v / 2 ** b) % 2;
      const at = i * width + b;
      body[at >> 3] = (body[at >> 3] as number) | (bit << (at & 7));
    }
  }
  return [...header, ...body];
}

describe("putBitPacked", () => {
  it("packs every width from 1 to 32 as the spec's bit order says, padding to groups of 8", () => {
    const rng = createRng(7);
    for (let width = 1; width <= 32; width++)
      for (const n of [0, 1, 7, 8, 9, 100, 1029]) {
        const values = Array.from({ length: n }, () => Math.floor(rng.next() * 2 ** width));
        // The largest value of the width, so every bit is exercised.
        if (n > 0) values[n - 1] = 2 ** width - 1;
        const out = new ByteSink(4);
        putBitPacked(
          out,
          Int32Array.from(values, (v) => v | 0),
          n,
          width,
        );
        expect([...out.take()], `width ${width}, ${n} values`).toEqual(reference(values, width));
      }
  });
});
