import { describe, expect, it } from "vitest";
import { parseJsonText } from "./json-text.ts";
import { plainValueProblems } from "./plain-value.ts";

describe("parseJsonText", () => {
  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseJsonText('\ufeff{"a": 1}', "f.json")).toEqual({ ok: true, value: { a: 1 } });
  });
  it("places a syntax error by line and column, not by character position", () => {
    const text = '{\n  "nodes": [\n    {"id": "a" "x": 1}\n  ]\n}';
    expect(parseJsonText(text, "f.json")).toEqual({
      ok: false,
      problems: [
        {
          code: "invalid-json",
          file: "f.json",
          path: [],
          params: { line: 3, column: 16, found: '"' },
          line: 3,
          column: 16,
        },
      ],
    });
  });
  it("refuses 1e309 and -1e309 (JSON.parse reads them as infinities) with their path", () => {
    const parsed = parseJsonText('{"nodes":[{"amount":1e309},{"amount":-1e999}]}', "f.json");
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.code, p.path, p.params.value])).toEqual([
      ["not-finite", ["nodes", 0, "amount"], "Infinity"],
      ["not-finite", ["nodes", 1, "amount"], "-Infinity"],
    ]);
  });
  it("refuses a __proto__ key, which JSON.parse keeps as an own key", () => {
    const parsed = parseJsonText('{"model":{"name":"furfine","__proto__":{"lgd":0}}}', "f.json");
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.code, p.path])).toEqual([
      ["unknown-field", ["model", "__proto__"]],
    ]);
  });
});

describe("plainValueProblems", () => {
  it("finds nothing in finite data, and NaN anywhere", () => {
    expect(plainValueProblems({ a: [1, -2.5, "x", null, { b: 0 }] }, "f")).toEqual([]);
    expect(plainValueProblems([[Number.NaN]], "f")).toEqual([
      { code: "not-finite", file: "f", path: [0, 0], params: { value: "NaN" } },
    ]);
  });
  it("walks a deeply nested value without overflowing the stack", () => {
    let deep: unknown = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(plainValueProblems(deep, "f")).toHaveLength(1);
  });
});
