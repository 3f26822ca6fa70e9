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

/** Where a text sits: its collection, its record (id, else `#index`) and its field path in the record. */
export type DataTextPlace = { collection: string; record: string; field: string };

export type DataText = { kind: DataTextKind; text: string; place: DataTextPlace };

type Add = (kind: DataTextKind, field: string, text: string | undefined) => void;

/** Every shown English text of one file, in file order, repeats included, each with its place. */
export function dataTexts(file: DatasetFile): DataText[] {
  const texts: DataText[] = [];
  const collection = <T>(
    name: string,
    records: readonly T[] | undefined,
    visit: (r: T, add: Add) => void,
  ) => {
    for (const [i, r] of (records ?? []).entries()) {
      const id = (r as { id?: unknown }).id;
      const record = typeof id === "string" ? id : `#${i}`;
      visit(r, (kind, field, text) => {
        if (text !== undefined && text.trim() !== "")
          texts.push({ kind, text, place: { collection: name, record, field } });
      });
    }
  };
  const figure = (add: Add, field: string, f: Figure | undefined) => {
    if (!f) return;
    const at = (name: string) => (field === "" ? name : `${field}.${name}`);
    add("text", at("note"), (f as SingleFigure).note);
    for (const [i, alt] of (f.alternatives ?? []).entries())
      add("text", at(`alternatives.${i}.note`), (alt as SingleFigure).note);
  };
  collection("sources", file.sources, (s, add) => {
    add("outlet", "publisher", s.publisher);
    add("outlet", "via", s.via);
  });
  collection("entities", file.entities, (e, add) => {
    add("text", "note", e.note);
    for (const [i, sponsor] of (e.sponsors ?? []).entries()) {
      add("text", `sponsors.${i}.note`, sponsor.note);
      for (const [j, g] of (sponsor.guarantees ?? []).entries()) {
        add("text", `sponsors.${i}.guarantees.${j}.note`, g.note);
        figure(add, `sponsors.${i}.guarantees.${j}.amount`, g.amount);
      }
    }
  });
  collection("deals", file.deals, (d, add) => {
    add("text", "notes", d.notes);
    for (const [i, s] of d.status.entries()) add("text", `status.${i}.note`, s.note);
    for (const [i, p] of d.parties.entries()) add("text", `parties.${i}.note`, p.note);
    for (const [i, l] of (d.links ?? []).entries()) add("text", `links.${i}.note`, l.note);
    for (const [i, f] of d.flows.entries()) {
      add("text", `flows.${i}.note`, f.note);
      add("text", `flows.${i}.condition`, f.condition);
      figure(add, `flows.${i}.announced`, f.announced);
      figure(add, `flows.${i}.committed`, f.committed);
      figure(add, `flows.${i}.paid`, f.paid);
    }
  });
  collection("financials", file.financials, (f, add) => {
    add("text", "label", f.label);
    figure(add, "", f);
  });
  collection("indicators", file.indicators, (i, add) => {
    add("outlet", "by", i.by);
    add("text", "note", i.note);
    add("text", "region", i.region);
    figure(add, "figure", i.figure);
  });
  collection("sites", file.sites, (s, add) => {
    add("text", "note", s.note);
    // Where a campus is: its region and country, shown on the company sheet.
    add("text", "location.region", s.location.region);
    add("text", "location.country", s.location.country);
    for (const [i, c] of s.capacity.entries()) figure(add, `capacity.${i}`, c);
    for (const [i, p] of s.power.entries()) figure(add, `power.${i}`, p);
  });
  // A parameter's description documents the model; the reports show its figure's note.
  collection("parameters", file.parameters, (p, add) => figure(add, "figure", p.figure));
  return texts;
}
