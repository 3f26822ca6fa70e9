/**
 * One Arabic spelling per entity (issue: Arabic as the press writes it): an Arabic alias that spells the
 * same name another way ("أوبن إيه آي" beside "أوبن أيه آي": only the hamza's seat differs) is kept for
 * search, but must not appear in the dataset's own Arabic text — deal titles, names, notes — only in
 * verbatim source quotes, so a table never spells one company two ways. Other names (ألفابت for Google's
 * parent) are names, not spellings, and may appear.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR, PACKAGE_ROOT } from "./paths.ts";

const ARABIC = /[\u0600-\u06FF]/;

/** A spelling's skeleton: alef with or without hamza, taa marbuta and alef maqsura folded, spaces dropped. */
function skeleton(text: string): string {
  return text
    .replace(/[أإآا]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/\s+/g, "");
}
let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok) throw new Error("bundled dataset invalid");
  data = result.dataset;
});

/** Every Arabic string in a record except verbatim quotes, with the path it sits at. */
function arabicTexts(node: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof node === "string") {
    if (ARABIC.test(node)) out.push({ path, text: node });
  } else if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) arabicTexts(item, `${path}[${i}]`, out);
  } else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node))
      if (key !== "quote" && key !== "aliases") arabicTexts(value, `${path}.${key}`, out);
}

describe("the bundled dataset's Arabic names", () => {
  it("spells each entity one way: no other spelling of its Arabic name appears in the data's own text", () => {
    const texts: { path: string; text: string }[] = [];
    for (const [collection, records] of Object.entries(data))
      if (Array.isArray(records)) arabicTexts(records, collection, texts);
    expect(texts.length).toBeGreaterThan(100);
    const variants = data.entities.flatMap((e) =>
      (e.aliases ?? [])
        .filter((a) => ARABIC.test(a) && a !== e.name.ar && skeleton(a) === skeleton(e.name.ar))
        .map((alias) => ({ id: e.id, alias })),
    );
    const clashes = variants.flatMap(({ id, alias }) =>
      texts.filter((t) => t.text.includes(alias)).map((t) => `${id}: "${alias}" at ${t.path}`),
    );
    expect(clashes).toEqual([]);
  });

  it("spells them the same way in the bundled scenarios (outside verbatim quotes)", () => {
    const dir = join(PACKAGE_ROOT, "scenarios");
    const variants = data.entities.flatMap((e) =>
      (e.aliases ?? []).filter(
        (a) => ARABIC.test(a) && a !== e.name.ar && skeleton(a) === skeleton(e.name.ar),
      ),
    );
    expect(variants.length).toBeGreaterThan(0);
    const clashes = readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .flatMap((file) =>
        readFileSync(join(dir, file), "utf8")
          .split("\n")
          .filter((line) => !/^\s*quote:/.test(line))
          .flatMap((line) => variants.filter((v) => line.includes(v)).map((v) => `${file}: ${v}`)),
      );
    expect(clashes).toEqual([]);
  });
});
