import { describe, expect, it } from "vitest";
import { allowedHostNames, bare, hostRefusal, isLoopbackHost } from "./host-guard.ts";

const request = (host: string | null, lang = "") => {
  const headers = new Headers(lang ? { "accept-language": lang } : {});
  if (host !== null) headers.set("host", host);
  return new Request("http://127.0.0.1:5177/api/stats", { headers });
};

describe("host guard (DNS rebinding)", () => {
  it("reads the name of a Host header: port, brackets and case removed", () => {
    expect(bare("LocalHost:5177")).toBe("localhost");
    expect(bare("[::1]:5177")).toBe("::1");
    expect(bare("::1")).toBe("::1");
    expect(bare("halqa.lan.")).toBe("halqa.lan");
  });
  it("knows loopback binds from the rest", () => {
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["", "0.0.0.0", "::", "192.168.1.5", "halqa.lan"])
      expect(isLoopbackHost(host)).toBe(false);
  });
  it("answers loopback names, the bound address and allowed names; never a wildcard as a name", () => {
    const allowed = allowedHostNames("0.0.0.0", ["halqa.lan", ""]);
    expect([...allowed].sort()).toEqual(["127.0.0.1", "::1", "halqa.lan", "localhost"]);
    expect(allowedHostNames("192.168.1.5").has("192.168.1.5")).toBe(true);
    expect(hostRefusal(request("localhost:5177"), allowed)).toBeNull();
    expect(hostRefusal(request("[::1]:5177"), allowed)).toBeNull();
    expect(hostRefusal(request("HALQA.lan"), allowed)).toBeNull();
  });
  it("refuses another Host, or none, with 421 and a coded error in the reader's language", async () => {
    const allowed = allowedHostNames("127.0.0.1");
    const evil = hostRefusal(request("evil.example:5177"), allowed);
    expect(evil?.status).toBe(421);
    expect(await evil?.json()).toMatchObject({
      error: { code: "host-not-allowed", details: { host: "evil.example:5177", name: "evil.example" } },
    });
    expect(hostRefusal(request(null), allowed)?.status).toBe(421);
    const ar = (await hostRefusal(request("0.0.0.0", "ar"), allowed)?.json()) as {
      error: { message: string };
    };
    expect(ar.error.message).toContain("لا يجيب هذا الخادم");
  });
});

describe("startServer with the guard", () => {
  it("answers its own names and refuses a rebinding Host on the real socket", async () => {
    const { request: httpRequest } = await import("node:http");
    const { TINY_DIR } = await import("../testing/tiny.ts");
    const { startServer } = await import("./serve.ts");
    const server = await startServer({
      dataDir: TINY_DIR,
      port: 0,
      today: () => "2026-01-01",
      allowHosts: ["halqa.lan"],
    });
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${server.url}/api/health`, { headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await status("127.0.0.1")).toBe(200);
      expect(await status("halqa.lan:80")).toBe(200);
      expect(await status("attacker.example")).toBe(421);
    } finally {
      await server.close();
    }
  });
});
