/**
 * The dashboard's files compressed for browsers that accept it: brotli before gzip, nothing for a
 * client that asks for neither, for small files or for binary ones; the body decompresses to the
 * file, and a conditional request still gets its 304.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, compressedBody, isCompressible } from "./compress-static.ts";
import { serveStatic, warmStatic } from "./static.ts";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0 and the wildcard", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*, br;q=0")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeUndefined();
    expect(chooseEncoding(null)).toBeUndefined();
  });

  it("compresses text of a kilobyte or more, never images", () => {
    expect(isCompressible("text/javascript; charset=utf-8", 4096)).toBe(true);
    expect(isCompressible("image/svg+xml", 4096)).toBe(true);
    expect(isCompressible("text/css; charset=utf-8", 100)).toBe(false);
    expect(isCompressible("image/png", 4096)).toBe(false);
  });
});

describe("serveStatic with Accept-Encoding", () => {
  let root: string;
  const script = `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ i })))};\n`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "halqa-compress-"));
    await writeFile(join(root, "app.js"), script);
    await writeFile(join(root, "tiny.js"), "export {};");
  });

  it("sends brotli or gzip that decompress to the file, and says it varies by encoding", async () => {
    const br = await serveStatic(root, "/app.js", null, "gzip, br");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(brBody.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(brBody).toString()).toBe(script);

    const gz = await serveStatic(root, "/app.js", null, "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);
  });

  it("sends the file as it is when the client accepts no encoding or the file is small", async () => {
    const plain = await serveStatic(root, "/app.js", null, null);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
    const small = await serveStatic(root, "/tiny.js", null, "br");
    expect(small.headers.get("content-encoding")).toBeNull();
  });

  it("answers a matching ETag with 304 and no body", async () => {
    const first = await serveStatic(root, "/app.js", null, "br");
    const again = await serveStatic(root, "/app.js", first.headers.get("etag"), "br");
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("compressing ahead of the first visitor", () => {
  it("shares one compression between requests for the same file that arrive together", () => {
    const body = Buffer.from("x".repeat(5000));
    const first = compressedBody("W/shared-version", "br", body);
    expect(compressedBody("W/shared-version", "br", body)).toBe(first);
    expect(compressedBody("W/shared-version", "gzip", body)).not.toBe(first);
  });

  it("compresses the build's text files before they are asked for, and they are then served as they were", async () => {
    const dir = await mkdtemp(join(tmpdir(), "halqa-warm-"));
    const script = `export const warmed = ${JSON.stringify("w".repeat(4000))};\n`;
    await writeFile(join(dir, "app.js"), script);
    await warmStatic(dir);
    const response = await serveStatic(dir, "/app.js", null, "br");
    expect(response.headers.get("Content-Encoding")).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script);
  });

  it("does nothing, and throws nothing, for a folder that does not exist", async () => {
    await expect(warmStatic(join(tmpdir(), "halqa-no-such-build-folder"))).resolves.toBeUndefined();
  });
});
