/**
 * The documented limits over a raw socket, as a stalling or hostile client meets them: headers sent
 * byte by byte are cut at the headers limit, a slow body at the request limit, a body on a GET is
 * refused without the server reading the rest, and an upload the client abandons leaves no stack
 * trace in the log. Limits are injected short so the test runs in about a second each.
 */
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PACKAGE_ROOT } from "../io/paths.ts";
import { TINY_DIR } from "../testing/tiny.ts";
import { announcesBody, BODY_LIMIT, HTTP_LIMITS } from "./http.ts";
import { nodeServerOptions, type RunningServer, startServer } from "./serve.ts";

const HEADERS_MS = 800;
const REQUEST_MS = 1_600;
/**
 * Node checks the timers every tenth of the headers limit here (80 ms): the cut comes after the limit,
 * never before, and this late at most, leaving room for a busy machine (Node's default: up to 30 s).
 */
const LATE_MS = 800;

let server: RunningServer | undefined;
const logged: unknown[] = [];

afterEach(async () => {
  await server?.close();
  server = undefined;
  logged.length = 0;
});

async function start(): Promise<{ host: string; port: number }> {
  server = await startServer({
    dataDir: TINY_DIR,
    port: 0,
    today: () => "2026-01-01",
    log: (error) => logged.push(error),
    limits: { headersMs: HEADERS_MS, requestMs: REQUEST_MS },
  });
  const url = new URL(server.url);
  return { host: url.hostname, port: Number(url.port) };
}

type Watched = { socket: Socket; received: () => string; closed: Promise<number> };

/** A raw connection that records what comes back and when (ms after opening) the server closed it. */
async function open(at: { host: string; port: number }): Promise<Watched> {
  const socket = connect(at.port, at.host);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  const started = performance.now();
  let text = "";
  socket.on("data", (chunk: Buffer) => {
    text += chunk.toString("latin1");
  });
  // A write after the server closed may fail: that is the cut being tested, not an error.
  socket.on("error", () => {});
  const closed = new Promise<number>((resolve) =>
    socket.once("close", () => resolve(performance.now() - started)),
  );
  return { socket, received: () => text, closed };
}

/** Writes `text` one byte at a time every `everyMs` until the socket closes or the text runs out. */
function dribble(watched: Watched, text: string, everyMs: number): void {
  let at = 0;
  const timer = setInterval(() => {
    if (watched.socket.destroyed || at >= text.length) return clearInterval(timer);
    watched.socket.write(text[at++] as string);
  }, everyMs);
  void watched.closed.then(() => clearInterval(timer));
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

describe("slow clients are cut at the limits", () => {
  it("headers sent byte by byte are cut at the headers limit", async () => {
    const watched = await open(await start());
    dribble(watched, `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Pad: ${"a".repeat(500)}\r\n\r\n`, 20);
    const cutAt = await watched.closed;
    expect(cutAt).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    expect(cutAt).toBeLessThan(HEADERS_MS + LATE_MS);
    expect([0, 408]).toContain(statusOf(watched.received()));
  });

  it("a body sent byte by byte is cut at the request limit", async () => {
    const watched = await open(await start());
    watched.socket.write(
      "POST /api/stress HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n",
    );
    dribble(watched, " ".repeat(5000), 20);
    const cutAt = await watched.closed;
    expect(cutAt).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    expect(cutAt).toBeLessThan(REQUEST_MS + LATE_MS);
    expect([0, 408]).toContain(statusOf(watched.received()));
  });

  it("a quick client is not cut, and keeps its connection for a second request", async () => {
    const watched = await open(await start());
    const get = "GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    watched.socket.write(get);
    await new Promise((resolve) => setTimeout(resolve, 200));
    watched.socket.write(get);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watched.received().match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    expect(watched.socket.destroyed).toBe(false);
    watched.socket.destroy();
  });
});

describe("a body on GET or HEAD", () => {
  /** Sends a chunked body of up to `megabytes` MiB after the headers, as fast as the socket takes it. */
  async function chunkedUpload(watched: Watched, head: string, megabytes: number): Promise<number> {
    watched.socket.write(head);
    const chunk = `${(64 * 1024).toString(16)}\r\n${"x".repeat(64 * 1024)}\r\n`;
    let sent = 0;
    let closed = false;
    void watched.closed.then(() => {
      closed = true;
    });
    while (!closed && sent < megabytes * 1024 * 1024) {
      if (!watched.socket.write(chunk)) {
        await Promise.race([
          new Promise((resolve) => watched.socket.once("drain", resolve)),
          watched.closed,
          new Promise((resolve) => setTimeout(resolve, 100)),
        ]);
      }
      sent += 64 * 1024;
    }
    return sent;
  }

  it("a 50 MB chunked upload is refused, and the connection closed long before the 50 MB are sent", async () => {
    const at = await start();
    // A GET route refuses a GET's body at once and counts another method's up to 64 KiB; a POST-only
    // route answers a GET 405 without looking at its body, and counts a POST's up to 1 MiB. Either
    // way the server stops reading what its answer left unread.
    for (const [method, path, status] of [
      ["GET", "/api/health", 400],
      ["POST", "/api/health", 413],
      ["GET", "/api/stress", 405],
      ["POST", "/api/stress", 413],
    ] as const) {
      const watched = await open(at);
      const sent = await chunkedUpload(
        watched,
        `${method} ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
        50,
      );
      await watched.closed;
      expect(statusOf(watched.received()), `${method} ${path}`).toBe(status);
      // What the socket buffers hold on both sides (a few MiB on loopback), far from 50 MiB.
      expect(sent, `${method} ${path}`).toBeLessThan(20 * 1024 * 1024);
    }
  });

  it("a GET whose Content-Length is over the limit is 413 at once; a HEAD with a body is refused", async () => {
    const at = await start();
    const big = await open(at);
    big.socket.write(
      `GET /api/stats HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
    );
    await big.closed;
    expect(statusOf(big.received())).toBe(413);
    const head = await open(at);
    head.socket.write("HEAD /api/stats HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc");
    await head.closed;
    expect(statusOf(head.received())).toBe(400);
  });

  it("a GET with Content-Length: 0 is an ordinary GET", async () => {
    const watched = await open(await start());
    watched.socket.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(statusOf(watched.received())).toBe(200);
    watched.socket.destroy();
  });
});

describe("an upload the client abandons", () => {
  it("leaves no stack trace in the log, and the server keeps serving", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    const at = await start();
    for (const path of ["/api/stress", "/api/health", "/api/market"]) {
      const watched = await open(at);
      watched.socket.write(
        `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${BODY_LIMIT / 2}\r\n\r\n{"a": [`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      watched.socket.destroy();
      await watched.closed;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logged.map(String)).toEqual([]);
    expect(printed.mock.calls).toEqual([]);
    printed.mockRestore();
    const res = await fetch(`${server?.url}/api/health`);
    expect(res.status).toBe(200);
  });
});

describe("the limits as configured", () => {
  it("docs/api.md states the figures of HTTP_LIMITS", () => {
    const docs = readFileSync(join(PACKAGE_ROOT, "docs/api.md"), "utf8").replace(/\s+/g, " ");
    expect(docs).toContain(`headers must arrive within ${HTTP_LIMITS.headersMs / 1000} s`);
    expect(docs).toContain(`(headers and body) within ${HTTP_LIMITS.requestMs / 1000} s`);
    expect(docs).toContain(`closed after ${HTTP_LIMITS.keepAliveMs / 1000} s`);
    expect(docs).toContain(`a body over ${BODY_LIMIT / 1024} KiB is refused with 413`);
  });

  it("Node's timers: the documented limits, checked every tenth of the headers limit (at most 1 s)", () => {
    expect(nodeServerOptions(HTTP_LIMITS)).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    });
    // Node refuses a headers limit over the request limit; an idle connection never outlives either.
    expect(nodeServerOptions({ headersMs: 4_000, requestMs: 2_000, keepAliveMs: 9_000 })).toEqual({
      headersTimeout: 2_000,
      requestTimeout: 2_000,
      keepAliveTimeout: 2_000,
      connectionsCheckingInterval: 200,
    });
    expect(
      nodeServerOptions({ headersMs: 100, requestMs: 200, keepAliveMs: 50 }).connectionsCheckingInterval,
    ).toBe(25);
  });

  it("a body is announced by Transfer-Encoding or a Content-Length other than 0", () => {
    const cases: [Record<string, string>, boolean][] = [
      [{}, false],
      [{ "Content-Length": "0" }, false],
      [{ "Content-Length": "000" }, false],
      [{ "Content-Length": "1" }, true],
      [{ "Content-Length": "12" }, true],
      [{ "Transfer-Encoding": "chunked" }, true],
      [{ "Transfer-Encoding": "gzip, chunked", "Content-Length": "0" }, true],
    ];
    for (const [headers, expected] of cases) {
      expect(announcesBody(new Headers(headers)), JSON.stringify(headers)).toBe(expected);
    }
  });
});
