/** The Arabic catalogue must have every key of the English one (derived from `en`, so it can never fall behind). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ar } from "./ar.ts";
import { en } from "./en.ts";

function keys(node: unknown, prefix = ""): string[] {
  if (node === null || typeof node !== "object") return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("Arabic has exactly the English keys", () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it("every Arabic message is Arabic text and renders with empty params", () => {
    const arabic = /[\u0600-\u06FF]/;
    for (const [code, render] of Object.entries(ar.problems)) {
      expect(arabic.test(render({})), code).toBe(true);
    }
  });

  it("every error code the schemas raise has a message", async () => {
    const dir = join(import.meta.dirname, "..", "schema");
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(join(dir, f), "utf8"));
    const raised = new Set<string>();
    for (const text of texts) {
      for (const m of text.matchAll(/issue\(ctx, "([a-z0-9-]+)"/g)) raised.add(m[1] as string);
      for (const m of text.matchAll(/error: "([a-z0-9-]+)"/g)) raised.add(m[1] as string);
    }
    expect(raised.size).toBeGreaterThan(10);
    for (const code of raised) expect(Object.keys(en.problems), code).toContain(code);
  });
});
