import { describe, expect, it } from "vitest";
import { overlappingPairs } from "./drawn-labels.ts";

describe("overlappingPairs", () => {
  it("finds boxes that cover each other and leaves touching or distant ones", () => {
    const pairs = overlappingPairs([
      [0, 0, 10, 10],
      [5, 5, 10, 10],
      [10, 0, 10, 10],
      [100, 100, 5, 5],
    ]);
    expect(pairs).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("allows a pixel of slack where glyph boxes graze", () => {
    expect(
      overlappingPairs([
        [0, 0, 10, 10],
        [9.5, 0, 10, 10],
      ]),
    ).toEqual([]);
  });
});
