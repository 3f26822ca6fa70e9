/** The progress line: drawn only on a terminal, its time left in the run's language. */
import { describe, expect, it } from "vitest";
import { progressLine } from "./progress.ts";

function terminal() {
  const written: string[] = [];
  const stream = {
    isTTY: true,
    write: (text: string) => written.push(text),
  } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe("progressLine", () => {
  it("says the time left in English and in Arabic", () => {
    for (const [lang, expected] of [
      ["en", "ETA 2s"],
      ["ar", "يتبقى نحو ثانيتين"],
    ] as const) {
      const { stream, written } = terminal();
      let clock = 0;
      const line = progressLine(true, lang, stream, () => clock);
      clock = 2000;
      line.update(50, 100, "reading");
      expect(written.at(-1)).toContain(" 50% reading");
      expect(written.at(-1)).toContain(expected);
    }
  });

  it("draws nothing when the stream is not a terminal", () => {
    const written: string[] = [];
    const stream = {
      isTTY: false,
      write: (text: string) => written.push(text),
    } as unknown as NodeJS.WriteStream;
    const line = progressLine(true, "ar", stream);
    line.update(1, 2, "x");
    line.finish();
    expect(written).toEqual([]);
  });
});
