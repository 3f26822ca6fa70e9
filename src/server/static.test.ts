/**
 * Static files from webDir: served with their type, index.html for the dashboard's own routes, never
 * anything outside the folder — whatever encoding the path uses.
 */
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadTiny } from "../testing/tiny.ts";
import { createApp } from "./app.ts";
import { resolveInside } from "./static.ts";

let tiny: Dataset;
let app: ReturnType<typeof createApp>;
let base: string;
let web: string;

beforeAll(async () => {
  tiny = await loadTiny();
  // base/secret.txt sits beside the web folder: a traversal would reach it.
  base = await mkdtemp(join(tmpdir(), "halqa-web-"));
  web = join(base, "web");
  await mkdir(join(web, "assets"), { recursive: true });
  await writeFile(join(web, "index.html"), "<!doctype html><title>dashboard</title>");
  await writeFile(join(web, "assets", "app.js"), "export const x = 1;");
  await writeFile(join(web, "assets", "style.css"), "body{}");
  await writeFile(join(web, ".env"), "SECRET=1");
  await writeFile(join(base, "secret.txt"), "do not serve");
  await writeFile(join(base, "package.json"), '{"name":"secret"}');
  await symlink(join(base, "secret.txt"), join(web, "link.txt"));
  app = createApp({ dataset: tiny, today: () => "2026-01-01", webDir: web });
});

describe("static files", () => {
  it("serves files with their content type and security headers", async () => {
    const js = await app.request("/assets/app.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(await js.text()).toBe("export const x = 1;");
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    const css = await app.request("/assets/style.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    const root = await app.request("/");
    expect(await root.text()).toContain("dashboard");
  });

  it("falls back to index.html for the dashboard's routes, not for missing files or /api", async () => {
    for (const path of ["/deals", "/entities/nvidia", "/loops/"]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain("dashboard");
    }
    expect((await app.request("/assets/missing.js")).status).toBe(404);
    const api = await app.request("/api/nothing");
    expect(api.status).toBe(404);
    expect(JSON.parse(await api.text()).error.code).toBe("not-found");
    expect((await app.request("/api/health")).status).toBe(200);
  });

  it("answers If-None-Match with 304", async () => {
    const first = await app.request("/assets/app.js");
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\//);
    expect((await app.request("/assets/app.js", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  const ATTACKS = [
    "/..%2f..%2fpackage.json",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/%252e%252e%252fsecret.txt",
    "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/secret.txt%00.html",
    "/.env",
    "/%2eenv",
    "/link.txt",
    "/%c0%ae%c0%ae/secret.txt",
    "/%2Fetc%2Fpasswd",
    "//etc/passwd",
  ];

  it.each(ATTACKS)("refuses %s", async (path) => {
    const res = await app.request(`http://localhost${path}`);
    const text = await res.text();
    expect(text).not.toContain("do not serve");
    expect(text).not.toContain('"name":"secret"');
    expect(text).not.toContain("SECRET=1");
    expect(text).not.toContain("root:");
    // Either refused outright or, for a mere odd name, the dashboard's page: never the file.
    expect([200, 400, 404]).toContain(res.status);
    if (res.status === 200) expect(text).toContain("dashboard");
  });

  it("resolveInside never leaves the folder, for any path", () => {
    const root = "/srv/web";
    const piece = fc.constantFrom(
      "..",
      ".",
      "a",
      "%2e%2e",
      "%2f",
      "%5c",
      "b.js",
      "%00",
      "%",
      "%2E%2E%2F",
      "",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const raw = `/${pieces.join("/")}`;
        try {
          const path = resolveInside(root, raw);
          expect(path === root || path.startsWith(`${root}/`)).toBe(true);
        } catch (error) {
          expect((error as { status: number }).status).toBe(400);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses a webDir that does not exist", () => {
    expect(() =>
      createApp({ dataset: tiny, today: () => "2026-01-01", webDir: join(base, "none") }),
    ).toThrow();
  });
});
