import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeUtf8,
  decodeUtf8Strict,
  findUtf8Fault,
  type InvalidUtf8Error,
  readTextFile,
} from "./text-file.ts";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

/** The brute-force reference: the platform's own strict decoder. */
const isUtf8 = (b: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("findUtf8Fault", () => {
  it("finds the Latin-1 é of caf\\xe9 on line 2 at byte 19", () => {
    // "src,dst,amount\n" is 15 bytes; "caf" 3 more: the lone 0xE9 is byte 18 (0-based).
    expect(findUtf8Fault(bytes("src,dst,amount\ncaf", [0xe9], ",b,10\n"))).toEqual({ offset: 18, line: 2 });
  });
  it("accepts real UTF-8, Arabic included", () => {
    expect(findUtf8Fault(bytes("café,حلقة,€,𝄞\n"))).toBeNull();
  });
  it("rejects overlong forms, surrogates, code points above U+10FFFF and a cut-off character", () => {
    expect(findUtf8Fault(bytes([0xc0, 0xaf]))).toEqual({ offset: 0, line: 1 });
    expect(findUtf8Fault(bytes("a", [0xed, 0xa0, 0x80]))).toEqual({ offset: 1, line: 1 });
    expect(findUtf8Fault(bytes([0xf4, 0x90, 0x80, 0x80]))).toEqual({ offset: 0, line: 1 });
    expect(findUtf8Fault(bytes("ab\n", [0xe2, 0x82]))).toEqual({ offset: 3, line: 2 });
  });
  it("agrees with the platform's strict decoder on any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (b) => {
        expect(findUtf8Fault(b) === null).toBe(isUtf8(b));
      }),
      { numRuns: 3000 },
    );
  });
  it("gives the same fault however the bytes are cut into pieces (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 24 }), fc.nat(24), async (b, cut) => {
        const pieces = async function* () {
          yield b.slice(0, cut);
          yield b.slice(cut);
        };
        let fault = null;
        let text = "";
        try {
          for await (const t of decodeUtf8Strict(pieces())) text += t;
        } catch (error) {
          fault = (error as InvalidUtf8Error).fault;
        }
        expect(fault).toEqual(findUtf8Fault(b));
        if (!fault) expect(text).toBe(new TextDecoder().decode(b));
      }),
      { numRuns: 500 },
    );
  });
});

describe("decodeUtf8 and readTextFile", () => {
  it("drops a byte-order mark", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{"a":1}'), "f.json")).toEqual({ ok: true, text: '{"a":1}' });
  });
  it("names the file, line and offset of invalid bytes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-text-"));
    writeFileSync(join(dir, "x.yaml"), bytes("a: 1\nb: caf", [0xe8], "\n"));
    const result = await readTextFile(join(dir, "x.yaml"), "x.yaml");
    expect(result).toEqual({
      ok: false,
      problem: { code: "invalid-utf8", file: "x.yaml", path: [], params: { offset: 11 }, line: 2 },
    });
  });
  it("codes a folder and a missing file instead of throwing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "halqa-text-"));
    expect(await readTextFile(dir, "d")).toMatchObject({ ok: false, problem: { code: "file-is-directory" } });
    expect(await readTextFile(join(dir, "nope.csv"), "n")).toMatchObject({
      ok: false,
      problem: { code: "file-missing", file: "n" },
    });
  });
});
