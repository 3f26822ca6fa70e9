import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { processIo } from "./context.ts";
import { escapeControl } from "./format.ts";

describe("escapeControl", () => {
  it("defuses an OSC title sequence from a CSV header, keeping tabs and line feeds", () => {
    expect(escapeControl("src\x1b]0;pwned\x07,dst\tamount\n")).toBe(
      "src\\u001b]0;pwned\\u0007,dst\tamount\n",
    );
    expect(escapeControl("a\rb\x7fc\x9bd")).toBe("a\\u000db\\u007fc\\u009bd");
  });
  it("leaves Arabic, box-drawing and currency text alone", () => {
    const text = "حلقة │ 1.5 مليار دولار │ €";
    expect(escapeControl(text)).toBe(text);
  });
  it("leaves no control character but tab and line feed (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const control = [...escapeControl(s)]
          .map((c) => c.codePointAt(0) as number)
          .filter((n) => n !== 9 && n !== 10 && (n < 32 || (n >= 127 && n <= 159)));
        expect(control).toEqual([]);
      }),
    );
  });
  it("keeps JSON valid and equal: JSON.parse reads the escapes back", () => {
    const value = { name: "x\x7fy\x85" };
    expect(JSON.parse(escapeControl(JSON.stringify(value)))).toEqual(value);
  });
  it("is applied by the process writer, the CLI's one output boundary", () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      processIo.stdout("account \x1b[2J");
      expect(write).toHaveBeenCalledWith("account \\u001b[2J\n");
    } finally {
      write.mockRestore();
    }
  });
});
