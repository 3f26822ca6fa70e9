/** The brief's HTML in both languages: direction, footnote links that land, escaped data, charts drawn. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../core/model/dataset.ts";
import { type BriefReport, composeBrief } from "../core/reports/brief-report.ts";
import { recordNames } from "../i18n/record-names.ts";
import { loadDataset } from "../io/load-dataset.ts";
import { BUNDLED_DATA_DIR } from "../io/paths.ts";
import { ScenarioSchema } from "../schema/scenario.ts";
import { briefHtml, textDirection } from "./brief-html.ts";

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
      .replace(/<bdi[^>]*>[\s\S]*?<\/bdi>/g, "")
      .replace(/<blockquote[\s\S]*?<\/blockquote>/g, "")
      .replace(/<span class="url">[\s\S]*?<\/span>/g, "");
    expect(text).toContain("مليار دولار");
    expect(text).not.toMatch(/\$\d|US\$|ترليون/);
  });

  it("names each footnote's outlet in the page's language", () => {
    const names = recordNames(dataset, "ar");
    const footnote = report.footnotes.find((f) => names.text?.(f.publisher) !== f.publisher);
    if (!footnote) throw new Error("no footnote with a translated outlet");
    const html = briefHtml(report, dataset, "ar");
    const item = html.match(new RegExp(`<li id="fn-${footnote.n}"[^]*?</li>`))?.[0] ?? "";
    expect(item).toContain(names.text?.(footnote.publisher));
    expect(item).not.toContain(footnote.publisher);
  });

  it("dates a footnote after an Arabic comma in Arabic, a Latin one in English", () => {
    const dated = report.footnotes.find((f) => f.date);
    if (!dated) throw new Error("no dated footnote");
    const item = (lang: "en" | "ar") =>
      briefHtml(report, dataset, lang).match(new RegExp(`<li id="fn-${dated.n}"[^]*?</li>`))?.[0] ?? "";
    expect(item("ar")).toMatch(/<\/(a|bdi)>، \d/);
    expect(item("ar")).not.toMatch(/<\/(a|bdi)>, /);
    expect(item("en")).toMatch(/<\/(a|bdi)>, /);
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

describe("the brief's footnotes in both directions", () => {
  it("an Arabic headline that opens with a Latin name still reads right to left", () => {
    expect(textDirection("OpenAI تبني آلة فقاعات بقيمة 300 مليار دولار")).toBe("rtl");
    expect(textDirection("OpenAI signs a deal with أرامكو")).toBe("ltr");
  });

  it.each(["en", "ar"] as const)(
    "in %s: addresses read left to right; quotes keep the page's marks outside",
    (lang) => {
      const html = briefHtml(report, dataset, lang);
      const urls = [...html.matchAll(/<span class="url"([^>]*)>/g)];
      expect(urls.length).toBeGreaterThan(0);
      for (const [, attributes] of urls) expect(attributes).toBe(' dir="ltr"');
      const quotes = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) => m[1] ?? "");
      expect(quotes.length).toBeGreaterThan(0);
      const [open, close] = lang === "ar" ? ["«", "»"] : ["“", "”"];
      for (const q of quotes) expect(q).toMatch(new RegExp(`^${open}<bdi dir="(rtl|ltr)">.*</bdi>${close}$`));
    },
  );

  it.each(["en", "ar"] as const)(
    "in %s: the chart's names print whole (Arabic ones were cut short)",
    (lang) => {
      const svg = briefHtml(report, dataset, lang).match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? "";
      const valor = recordNames(dataset, lang).entity("valor-compute-infrastructure");
      expect(svg).toContain(valor);
      expect(svg).not.toMatch(/\.\.\.|…/);
    },
  );

  it("a scenario's brief names its scenario by title, not by its reference", () => {
    const scenario = ScenarioSchema.parse({
      id: "openai-revenue-half",
      title: { en: "OpenAI's revenue falls short by half", ar: "إيرادات أوبن أيه آي تقصر بمقدار النصف" },
      model: { name: "eisenberg-noe" },
      shocks: [{ type: "revenue-shortfall", entity: "openai", fraction: 0.5 }],
    });
    const withScenario = composeBrief(dataset, { asOf, scenario: { scenario, fraction: () => Number.NaN } });
    for (const lang of ["en", "ar"] as const) {
      const html = briefHtml(withScenario, dataset, lang);
      expect(html).toContain('data-section="stress"');
      expect(html).not.toContain("scenarios:openai-revenue-half");
    }
  });

  it("draws the bars largest first whatever order the report lists them in", () => {
    const scenario = ScenarioSchema.parse({
      id: "grid-slip",
      title: { en: "Grid slips", ar: "تأخر الشبكة" },
      model: { name: "eisenberg-noe" },
      shocks: [{ type: "power-delay", months: 24 }],
    });
    const brief = composeBrief(dataset, { asOf, scenario: { scenario, fraction: () => Number.NaN } });
    const svg =
      briefHtml(brief, dataset, "en").match(/<figure data-chart="loss-share"[\s\S]*?<\/figure>/)?.[0] ?? "";
    const names = recordNames(dataset, "en");
    const ranked = [...(brief.stress?.losses ?? [])].sort((a, b) => b.share - a.share);
    expect(ranked.length).toBeGreaterThan(1);
    // The report lists them by name; the chart, top to bottom, by share.
    expect(ranked.map((l) => l.entity)).not.toEqual(brief.stress?.losses.map((l) => l.entity));
    const at = ranked.map((l) => svg.indexOf(`>${names.entity(l.entity)}<`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
