import { describe, expect, it } from "vitest";
import { readUploadBytes } from "./read-upload.ts";

const bytes = (text: string, encoding: BufferEncoding = "utf8") =>
  new Uint8Array(Buffer.from(text, encoding));

describe("readUploadBytes", () => {
  it("refuses a Latin-1 edge list with line and byte offset, never merging caf\\xe9 and caf\\xe8", () => {
    const upload = readUploadBytes("l.csv", bytes("src,dst,amount\ncaf\xe9,b,1\nb,caf\xe8,1\n", "latin1"));
    expect(upload).toMatchObject({
      kind: "invalid",
      problems: [{ code: "invalid-utf8", path: "", line: 2, params: { offset: 18 } }],
    });
  });
  it("reads UTF-8, Arabic names included, and refuses 1e309 in a network", () => {
    expect(readUploadBytes("e.csv", bytes("src,dst,amount\nحلقة,b,1\nb,حلقة,1\n")).kind).toBe("edges");
    const inf = readUploadBytes("n.json", bytes('{"nodes":[{"id":"a","externalAssets":1e309}]}'));
    expect(inf).toMatchObject({
      kind: "invalid",
      problems: [{ code: "not-finite", path: "nodes[0].externalAssets" }],
    });
  });
});
