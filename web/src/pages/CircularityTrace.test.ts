/** The traced company on the circularity page, rendered to HTML in both languages from the tiny ring. */
import type { Dataset } from "@schema/dataset-file.ts";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTiny } from "../../../src/testing/tiny.ts";
import { I18nContext, makeI18n } from "../i18n/index.ts";
import { circularityOf } from "../model/circularity.ts";
import { CircularityTrace } from "./CircularityTrace.tsx";

let tiny: Dataset;
beforeAll(async () => {
  tiny = await loadTiny();
});

function render(lang: "en" | "ar", entity: string): string {
  const data = circularityOf(tiny, "announced", "2026-01-01");
  if (!data.ok) throw new Error(data.reason);
  const names = new Map(tiny.entities.map((e) => [e.id, e.name[lang]]));
  const titles = new Map(tiny.deals.map((d) => [d.id, d.title[lang]]));
  const trace = createElement(CircularityTrace, {
    nodes: data.report.nodes,
    steps: data.report.loopSteps,
    deal: (id: string) => titles.get(id) ?? id,
    entity,
    onPick: () => {},
    name: (id: string) => names.get(id) ?? id,
  });
  return renderToStaticMarkup(createElement(I18nContext.Provider, { value: makeI18n(lang) }, trace));
}

describe("CircularityTrace", () => {
  it("shows the loop that brings Cloud Co's money back and the chain from Chips Inc", () => {
    const html = render("en", "cloud");
    expect(html).toContain("Cloud Co → Chips Inc → Lab → Cloud Co");
    expect(html).toContain("Chips Inc → Lab → Cloud Co");
    expect(html).toContain("Own money back along loops 40%");
    expect(html).toContain("Cloud buys chips");
  });

  it("speaks Arabic, with chains read right to left", () => {
    const html = render("ar", "cloud");
    const [lab, chips, cloud] = ["lab", "chips", "cloud"].map(
      (id) => tiny.entities.find((e) => e.id === id)?.name.ar,
    );
    expect(html).toContain(`${chips} ← ${lab} ← ${cloud}`);
    expect(html).toContain("أموالها العائدة عبر الحلقات");
  });
});
