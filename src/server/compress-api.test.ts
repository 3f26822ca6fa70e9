/**
 * API answers of a kilobyte or more go compressed to a client that says it reads brotli or gzip (the
 * dashboard's dataset is 0.8 MB of JSON); the body decompresses to the plain answer, the validator of
 * a compressed answer is weak and still revalidates, and small answers go as they are.
 */
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { createApp } from "./app.ts";

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const tiny: Dataset = await loadTiny();
  app = createApp({ dataset: tiny, today: () => "2026-01-01" });
});

const get = (path: string, acceptEncoding?: string, etag?: string) =>
  app.request(path, {
    headers: {
      ...(acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {}),
      ...(etag ? { "If-None-Match": etag } : {}),
    },
  });

describe("compressed API answers", () => {
  it("sends brotli, else gzip, that decompress to the plain answer, and says it varies", async () => {
    const plain = await get("/api/dataset/model");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);

    const br = await get("/api/dataset/model", "gzip, deflate, br");
    expect(br.headers.get("content-encoding")).toBe("br");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(text.length / 3);
    expect(brotliDecompressSync(brBytes).toString()).toBe(text);

    const gz = await get("/api/dataset/model", "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text);

    const refused = await get("/api/dataset/model", "br;q=0, gzip;q=0");
    expect(refused.headers.get("content-encoding")).toBeNull();
  });

  it("gives a compressed answer a weak ETag that still revalidates, in either encoding", async () => {
    const br = await get("/api/dataset/model", "br");
    const weak = br.headers.get("etag") ?? "";
    const strong = (await get("/api/dataset/model")).headers.get("etag") ?? "";
    expect(weak).toBe(`W/${strong}`);
    expect((await get("/api/dataset/model", "br", weak)).status).toBe(304);
    expect((await get("/api/dataset/model", undefined, weak)).status).toBe(304);
  });

  it("sends an answer under a kilobyte as it is", async () => {
    const plain = await (await get("/api/entities")).text();
    expect(plain.length).toBeLessThan(1024);
    const res = await get("/api/entities", "br, gzip");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe(plain);
  });
});
