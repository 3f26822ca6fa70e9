/**
 * The English texts of a dataset file that a reader sees in a report: outlets' names, notes at every
 * level (deal, flow, status, party, link, figure, entity, sponsor, guarantee, site, indicator), flow
 * conditions, financial labels, indicators' publishers and parameters' notes. These are the
 * texts the translation memory (Dataset.translations) must hold in Arabic. Source titles and quotes
 * are left out (a title is cited in its own language), and so are source notes (no output shows them).
 */
import type { DatasetFile } from "../model/dataset.ts";
import type { Figure, SingleFigure } from "../model/figure.ts";

export type DataTextKind = "outlet" | "text";

export type DataText = { kind: DataTextKind; text: string };

/** Every shown English text of one file, in file order, repeats included. */
export function dataTexts(file: DatasetFile): DataText[] {
  const texts: DataText[] = [];
  const add = (kind: DataTextKind, text: string | undefined) => {
    if (text !== undefined && text.trim() !== "") texts.push({ kind, text });
  };
  const figure = (f: Figure | undefined) => {
    if (!f) return;
    for (const one of [f, ...(f.alternatives ?? [])] as SingleFigure[]) add("text", one.note);
  };
  for (const s of file.sources ?? []) {
    add("outlet", s.publisher);
    add("outlet", s.via);
  }
  for (const e of file.entities ?? []) {
    add("text", e.note);
    for (const sponsor of e.sponsors ?? []) {
      add("text", sponsor.note);
      for (const g of sponsor.guarantees ?? []) {
        add("text", g.note);
        figure(g.amount);
      }
    }
  }
  for (const d of file.deals ?? []) {
    add("text", d.notes);
    for (const s of d.status) add("text", s.note);
    for (const p of d.parties) add("text", p.note);
    for (const l of d.links ?? []) add("text", l.note);
    for (const f of d.flows) {
      add("text", f.note);
      add("text", f.condition);
      figure(f.announced);
      figure(f.committed);
      figure(f.paid);
    }
  }
  for (const f of file.financials ?? []) {
    add("text", f.label);
    figure(f);
  }
  for (const i of file.indicators ?? []) {
    add("outlet", i.by);
    add("text", i.note);
    add("text", i.region);
    figure(i.figure);
  }
  for (const s of file.sites ?? []) {
    add("text", s.note);
    // Where a campus is: its region and country, shown on the company sheet.
    add("text", s.location.region);
    add("text", s.location.country);
    for (const c of s.capacity) figure(c);
    for (const p of s.power) figure(p);
  }
  // A parameter's description documents the model; the reports show its figure's note.
  for (const p of file.parameters ?? []) figure(p.figure);
  return texts;
}
