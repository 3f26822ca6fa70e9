/** The brief's HTML in both languages: direction, footnote links that land, escaped data, charts drawn. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../core/model/dataset.ts";
import { type BriefReport, composeBrief } from "../core/reports/brief-report.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { briefHtml } from "./brief-html.ts";

const asOf = "2026-11-21";
let dataset: Dataset;
let report: BriefReport;
beforeAll(async () => {
  const loaded = await loadDataset(BUNDLED_DATA_DIR);
  if (!loaded.ok) throw new Error("bundled data does not load");
  dataset = loaded.dataset;
  report = composeBrief(dataset, { asOf });
});

describe("briefHtml", () => {
  it.each(["en", "ar"] as const)("in %s: every bracketed number links to a footnote that exists", (lang) => {
    const html = briefHtml(report, dataset, lang);
    expect(html).toContain(`<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">`);
    const links = new Set([...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1])));
    const notes = new Set([...html.matchAll(/<li id="fn-(\d+)"/g)].map((m) => Number(m[1])));
    expect(links.size).toBe(report.footnotes.length);
    expect([...links].sort((a, b) => a - b)).toEqual([...notes].sort((a, b) => a - b));
    expect(html).toContain("<svg");
    expect(html).not.toContain("undefined");
    expect(html).not.toMatch(/report\.(brief|summary|loops|reconcile)\./);
  });

  it("writes Arabic money as the press does, with no dollar sign in the Arabic text", () => {
    const html = briefHtml(report, dataset, "ar");
    const text = html
      .replace(/<style>[\s\S]*?<\/style>/, "")
      .replace(/<svg[\s\S]*?<\/svg>/g, "")
      .replace(/<bdi>[\s\S]*?<\/bdi>/g, "")
      .replace(/<blockquote[\s\S]*?<\/blockquote>/g, "")
      .replace(/<span class="url">[\s\S]*?<\/span>/g, "");
    expect(text).toContain("مليار دولار");
    expect(text).not.toMatch(/\$\d|US\$|ترليون/);
  });

  it("escapes data text, so a title cannot inject markup", () => {
    const source = report.footnotes[0];
    if (!source) throw new Error("no sources");
    const withHostile = {
      ...report,
      footnotes: report.footnotes.map((f) =>
        f.id === source.id ? { ...f, title: "<script>x</script>" } : f,
      ),
    };
    const html = briefHtml(withHostile, dataset, "en");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;x");
  });
});
