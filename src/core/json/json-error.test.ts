import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorAt, jsonPathLines, MAX_DEPTH } from "./json-error.ts";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("jsonErrorAt", () => {
  it("accepts JSON texts", () => {
    for (const text of ['{"a":[1,-2.5e+3,true,false,null,"x\\u00e9\\n"]}', " 0 ", '""', "[]", "{}", "[[[]]]"])
      expect(jsonErrorAt(text), text).toBeNull();
  });

  it("points at the first character that cannot continue the text", () => {
    expect(jsonErrorAt('{\n  "nodes": [,\n]}')).toEqual({ offset: 14, line: 2, column: 13, found: "," });
    expect(jsonErrorAt('{"a": 1,}')).toMatchObject({ offset: 8, found: "}" });
    expect(jsonErrorAt('{"a": 1')).toMatchObject({ offset: 7, found: "end" });
    expect(jsonErrorAt("[01]")).toMatchObject({ offset: 2, found: "1" });
    expect(jsonErrorAt("{a:1}")).toMatchObject({ offset: 1, found: "a" });
    expect(jsonErrorAt("[1] x")).toMatchObject({ offset: 4, found: "x" });
    expect(jsonErrorAt('"tab\there"')).toMatchObject({ offset: 4 });
    expect(jsonErrorAt("")).toMatchObject({ offset: 0, found: "end" });
    expect(jsonErrorAt("[".repeat(MAX_DEPTH + 2))).toMatchObject({ offset: MAX_DEPTH + 1 });
  });

  it("agrees with JSON.parse on any JSON value, and on texts with one character changed", () => {
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (text, at, c) => {
          expect(jsonErrorAt(text)).toBeNull();
          const k = at % (text.length + 1);
          const changed = text.slice(0, k) + c + text.slice(k + 1);
          expect(jsonErrorAt(changed) === null).toBe(parses(changed));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("finds the line of a value by its path", () => {
    const text = '{\n  "nodes": [\n    {"id": "a"},\n    {\n      "id": "b"\n    }\n  ],\n  "x\\"y": 1\n}';
    const lines = jsonPathLines(
      text,
      new Set(["", "nodes", "nodes[0].id", "nodes[1]", "nodes[1].id", 'x"y', "nope"]),
    );
    expect(Object.fromEntries(lines)).toEqual({
      "": 1,
      nodes: 2,
      "nodes[0].id": 3,
      "nodes[1]": 4,
      "nodes[1].id": 5,
      'x"y': 8,
    });
  });
});
