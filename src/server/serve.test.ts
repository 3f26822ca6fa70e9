/**
 * The server on a real socket: port 0 picks a free port on 127.0.0.1, /api/health answers over HTTP,
 * limits hold over the wire, close() frees the port, and an invalid dataset refuses to start.
 */
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { tempDataset } from "../testing/temp-dataset.ts";
import { TINY_DIR } from "../testing/tiny.ts";
import { VERSION } from "./app.ts";
import { DatasetLoadError, startServer } from "./serve.ts";

/** A raw request with node:http, so a body can be streamed without Content-Length. */
function rawPost(url: string, chunks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "Transfer-Encoding": "chunked" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error) => {
      // The server may close the upload once it has refused it; the status already came back.
      if (
        (error as NodeJS.ErrnoException).code !== "EPIPE" &&
        (error as NodeJS.ErrnoException).code !== "ECONNRESET"
      )
        reject(error);
    });
    for (let i = 0; i < chunks; i++) req.write(Buffer.alloc(16 * 1024, 120));
    req.end();
  });
}

describe("startServer", () => {
  it("listens on 127.0.0.1 at a free port, answers /api/health, and closes", async () => {
    const server = await startServer({ dataDir: TINY_DIR, port: 0, today: () => "2026-01-01" });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, version: VERSION });
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      const stats = await fetch(`${server.url}/api/stats`);
      expect(JSON.parse(await stats.text()).asOf).toBe("2026-01-01");
      expect((await fetch(`${server.url}/api/health`, { method: "DELETE" })).status).toBe(405);
      expect(await rawPost(`${server.url}/api/health`, 8)).toBe(413);
      const declared = await fetch(`${server.url}/api/health`, { method: "POST", body: "x".repeat(70_000) });
      expect(declared.status).toBe(413);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });

  it("refuses an invalid dataset with its problems", async () => {
    const dir = await tempDataset({ "bad.yaml": "entities:\n  - { id: Bad Id, kind: nope }\n" });
    const error = await startServer({ dataDir: dir, port: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).problems.length).toBeGreaterThan(0);
    expect((error as DatasetLoadError).problems[0]).toHaveProperty("code");
  });

  it("refuses a bad port, and a port already taken", async () => {
    await expect(startServer({ dataDir: TINY_DIR, port: 70_000 })).rejects.toThrow(RangeError);
    const first = await startServer({ dataDir: TINY_DIR, port: 0 });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer({ dataDir: TINY_DIR, port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
