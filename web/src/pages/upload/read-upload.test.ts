import { solveModel } from "@core/contagion/models.ts";
import { indexNetwork } from "@core/contagion/network.ts";
import { describe, expect, it } from "vitest";
import { EXAMPLES, formatOf, precheck, readUpload, UPLOAD_LIMIT_BYTES } from "./read-upload.ts";

describe("readUpload", () => {
  it("reads the example network, which solves as docs/network-format.md says", () => {
    const up = readUpload(EXAMPLES.network.name, EXAMPLES.network.text);
    if (up.kind !== "network") throw new Error(up.kind);
    expect(up.model).toEqual({ name: "eisenberg-noe" });
    const result = solveModel("eisenberg-noe", indexNetwork(up.network));
    expect(result.nodes.map((n) => [n.id, n.payments, n.wave])).toEqual([
      ["a", 0.5, 1],
      ["b", 0.5, 2],
      ["c", 0, null],
    ]);
  });

  it("reads the example edge list: six edges over five nodes", () => {
    const up = readUpload(EXAMPLES.edges.name, EXAMPLES.edges.text);
    if (up.kind !== "edges") throw new Error(up.kind);
    expect([up.rows, up.edges.src.length, up.edges.nodeIds.length, up.selfLoops]).toEqual([6, 6, 5, 0]);
  });

  it("says where broken JSON breaks", () => {
    const up = readUpload("x.json", '{\n  "nodes": [,]\n}');
    expect(up).toMatchObject({ kind: "invalid", problems: [{ code: "invalid-json", line: 2, column: 13 }] });
  });

  it("lists every schema problem with its path and the line to look at", () => {
    const text =
      '{\n  "nodes": [\n    {"id": "a", "externalAssets": -1},\n    {"id": "a", "externalAssets": 0, "externalLiabilities": 0}\n  ],\n  "liabilities": [{"debtor": "a", "creditor": "z"}]\n}\n';
    const up = readUpload("bad.json", text);
    if (up.kind !== "invalid") throw new Error(up.kind);
    expect(up.problems.map((p) => [p.code, p.path, p.line])).toEqual([
      // Node a's absent externalLiabilities is 0 (docs/network-format.md), not a problem; the absent
      // amount of the liability is, at the line of the liability that lacks it.
      ["negative-amount", "nodes[0].externalAssets", 3],
      ["required", "liabilities[0].amount", 6],
      ["duplicate-node", "nodes[1].id", 4],
      ["unknown-node", "liabilities[0].creditor", 6],
    ]);
  });

  it("reports a CSV's bad rows with their lines, and a missing column", () => {
    const up = readUpload("e.csv", "src,dst,amount\na,b,1\na,b,lots\nb\n");
    if (up.kind !== "invalid") throw new Error(up.kind);
    expect(up.problems.map((p) => [p.code, p.line])).toEqual([
      ["graph-bad-amount", 3],
      ["graph-bad-row", 4],
    ]);
    const header = readUpload("e.csv", "from,to,amount\na,b,1\n");
    expect(header).toMatchObject({ kind: "invalid", problems: [{ code: "graph-missing-columns", line: 1 }] });
  });

  it("refuses a file by its name or size before reading it", () => {
    expect(formatOf("NET.JSON")).toBe("network");
    expect(precheck("x.xlsx", 10)).toMatchObject({ kind: "unknown-type" });
    expect(precheck("x.csv", UPLOAD_LIMIT_BYTES + 1)).toMatchObject({ kind: "too-large" });
    expect(precheck("x.csv", UPLOAD_LIMIT_BYTES)).toBeNull();
  });
});
