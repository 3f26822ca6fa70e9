import { describe, expect, it } from "vitest";
import { parseYamlText } from "./yaml-text.ts";

const codes = (text: string) => parseYamlText(text, "s.yaml").problems.map((p) => [p.code, p.line, p.path]);

describe("parseYamlText", () => {
  it("reads a plain document", () => {
    expect(parseYamlText("id: x\nshocks: [1, 2]\n", "s.yaml").value).toEqual({ id: "x", shocks: [1, 2] });
  });
  it("says a 0-byte, blank or comment-only file is empty", () => {
    for (const text of ["", "   \n\n", "# nothing\n"]) expect(codes(text)).toEqual([["file-empty", 1, []]]);
  });
  it("stops an alias bomb (billion laughs) with a coded problem instead of a stack", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
    ]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const [problem] = parseYamlText(rows.join("\n"), "bomb.yaml").problems;
    expect(problem).toMatchObject({ code: "yaml-alias-limit", file: "bomb.yaml", params: { limit: 100 } });
  });
  it("refuses .inf and .nan with their path and line, and a __proto__ key", () => {
    expect(codes("model:\n  lgd: .inf\nshocks:\n  - fraction: .nan\n")).toEqual([
      ["not-finite", 2, ["model", "lgd"]],
      ["not-finite", 4, ["shocks", 0, "fraction"]],
    ]);
    expect(codes("id: x\n__proto__: 1\n")).toEqual([["unknown-field", 2, ["__proto__"]]]);
  });
  it("keeps the syntax error's line", () => {
    expect(codes("a: [1, 2\nb: 3\n")[0]?.[0]).toBe("yaml-syntax");
  });
});
