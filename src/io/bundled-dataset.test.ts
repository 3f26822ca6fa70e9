/**
 * The bundled dataset (data/ai-economy) as a whole: valid, large enough, every entity named in
 * Arabic, the three seed articles cited with quotes that really are in them, and the caveats of the
 * public record modelled (LOIs, revisions, overlaps, conditional tranches).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expandFlows } from "../core/flows/expand.ts";
import type { Dataset } from "../schema/dataset-file.ts";
import { loadDataset } from "./load-dataset.ts";
import { BUNDLED_DATA_DIR, PACKAGE_ROOT } from "./paths.ts";

const SEEDS_DIR = join(PACKAGE_ROOT, "..", "shared", "seeds");
const AS_OF = "2026-11-21";
let data: Dataset;

beforeAll(async () => {
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok)
    throw new Error(`bundled dataset invalid:\n${JSON.stringify(result.problems.slice(0, 10), null, 2)}`);
  data = result.dataset;
});

type Quoted = { sources: string[]; quote?: string };

/** Every figure (or status event) in the dataset that cites `source`, with its quote. */
function citing(source: string): Quoted[] {
  const found: Quoted[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.sources) && record.sources.includes(source)) found.push(record as Quoted);
    for (const value of Object.values(record)) visit(value);
  };
  visit({ ...data, sources: [] });
  return found;
}

const normalize = (text: string) => text.replace(/[\s\u200f\u200e]+/g, " ").trim();

describe("the bundled AI-economy dataset", () => {
  it("is large enough to be useful", () => {
    expect(data.deals.length).toBeGreaterThanOrEqual(80);
    expect(data.entities.length).toBeGreaterThanOrEqual(60);
    expect(data.financials.length + data.indicators.length).toBeGreaterThanOrEqual(100);
    expect(data.sites.length).toBeGreaterThanOrEqual(8);
    expect(data.parameters.length).toBeGreaterThanOrEqual(5);
  });

  it("has the SPVs with their sponsors and the lenders behind them", () => {
    for (const id of ["beignet-investor", "valor-compute-infrastructure", "stargate-llc"]) {
      const spv = data.entities.find((e) => e.id === id);
      expect(spv?.kind, id).toBe("spv");
      expect(spv?.sponsors?.length, id).toBeGreaterThan(0);
    }
    const lenders = new Set(data.entities.filter((e) => e.kind === "lender").map((e) => e.id));
    const lent = data.deals.filter((d) => d.flows.some((f) => lenders.has(f.from)));
    expect(lent.length).toBeGreaterThanOrEqual(5);
  });

  it("cites each of the three seed articles as a source with its file", () => {
    const seeds = data.sources.filter(
      (s) => s.file !== undefined && s.language === "ar" && s.id.startsWith("seed-"),
    );
    expect(seeds.map((s) => s.file).sort()).toEqual([
      "000_64a5e1bc50559eaa.txt",
      "003_2410c983517956e6.txt",
      "004_1d95b0ffd2cb7c6c.txt",
    ]);
    for (const seed of seeds) expect(citing(seed.id).length, seed.id).toBeGreaterThanOrEqual(8);
  });

  it.skipIf(!existsSync(SEEDS_DIR))("quotes the seed articles word for word", () => {
    let quotes = 0;
    for (const seed of data.sources.filter((s) => s.id.startsWith("seed-"))) {
      const article = normalize(readFileSync(join(SEEDS_DIR, seed.file as string), "utf8"));
      for (const figure of citing(seed.id)) {
        if (figure.quote === undefined || figure.sources[0] !== seed.id) continue;
        quotes++;
        expect(article, `${seed.id}: «${figure.quote}»`).toContain(normalize(figure.quote));
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(40);
  });

  it("gives money totals with committed below announced, and overlaps left out", () => {
    const announced = expandFlows(data, { basis: "announced", asOf: AS_OF });
    const committed = expandFlows(data, { basis: "committed", asOf: AS_OF });
    const paid = expandFlows(data, { basis: "paid", asOf: AS_OF });
    expect(committed.total.value).toBeGreaterThan(0);
    expect(committed.total.value).toBeLessThan(announced.total.value);
    expect(paid.total.value).toBeLessThan(committed.total.value);
    expect(announced.excluded.some((e) => e.reason === "overlap")).toBe(true);
    expect(committed.excluded.some((e) => e.reason === "conditional")).toBe(true);
  });

  it("attributes no reported figure to halqa: a company's figure is a source's, never our calculation", () => {
    // `ratios` printed CoreWeave's 71% Microsoft share under "published", sourced to "halqa (own
    // calculation)": it is an unattributed figure of a secondary list, and must read as one.
    const ours = new Set((data.sources ?? []).filter((s) => /^halqa\b/i.test(s.publisher)).map((s) => s.id));
    const cited = data.financials.filter((f) => f.sources.some((id) => ours.has(id)));
    expect(cited.map((f) => `${f.entity} ${f.metric} ${f.period}`)).toEqual([]);
  });
});

describe("texts readers see", () => {
  // Notes once ended in "[D025]": a row id of the private research table, which no reader can look up.
  it("carry no research-row ids", () => {
    const leaks = JSON.stringify(data).match(/\[D\d{3}[^\]]*\]/g) ?? [];
    expect(leaks).toEqual([]);
  });

  // A source's note once read "Research row D080." and nothing more: what a reader needs is what the
  // source supports (the row's id stays as a YAML comment beside the note, for the maintainers).
  it("begin no source's note with a research-row id", () => {
    const leaks = data.sources
      .filter((source) => RESEARCH_ROW.test(source.note ?? ""))
      .map((source) => `${source.id}: ${source.note}`);
    expect(leaks).toEqual([]);
  });

  it("hold no note that is only a research-row id", () => {
    // The forms the data held until 2026-12-06, and one that says something besides its row.
    expect(saysNothingButRows("Research row D080.")).toBe(true);
    expect(saysNothingButRows('Research row D078 ("CNBC via americanistpress; Reportify").')).toBe(true);
    expect(
      saysNothingButRows(
        'Research rows D089 ("Reuters via CNA; POWER via powerbite") and D090 (mention only).',
      ),
    ).toBe(true);
    expect(
      saysNothingButRows('Research row D063 ("Bloomberg via TechMeme (thinkingdbx); EconoTimes").'),
    ).toBe(true);
    expect(saysNothingButRows("Research row D080. Tied to AI-RAN joint development.")).toBe(false);
    expect(notesOf(data).filter(saysNothingButRows)).toEqual([]);
  });

  // The deals' notes once read "both tranches closed (research row D038)" and, in Arabic, "(الصف البحثي
  // D038)": a row of the team's private research table, which no reader can look up. Every text of the
  // data, English or Arabic (the translation memory included), is scanned; the row ids live on only in
  // YAML comments, which the loader drops.
  it("name no row of the research table, in either language", () => {
    expect(
      researchRefs("Second $4B announced November 2024; both tranches closed (research row D038)."),
    ).toEqual(["research row", "D038"]);
    expect(researchRefs("وأُنجزت الشريحتان كلتاهما (الصف البحثي D038).")).toEqual(["الصف البحثي", "D038"]);
    expect(researchRefs("(deals table D081/D082 note the same record CDS)")).toEqual([
      "deals table",
      "D081",
      "D082",
    ]);
    expect(researchRefs("The research row also cites Quartz.")).toEqual(["research row"]);
    expect(researchRefs("(يضعه سطر الأبحاث D050 في ممفيس)")).toEqual(["سطر الأبحاث", "D050"]);
    // Internal documents a reader cannot open: "via halqa research note", "public-record §2 cites …",
    // "not given in the research".
    expect(researchRefs("via halqa research note; outlet Bloomberg.")).toEqual(["halqa research note"]);
    expect(researchRefs("public-record §2 cites the same outlet")).toEqual(["public-record §2"]);
    expect(researchRefs("known only through the research summary")).toEqual(["research summary"]);
    expect(researchRefs("Cited in a public research note.")).toEqual([]);
    expect(
      researchRefs("Nvidia's $5B investment in Intel (about 4% at $23.28 a share); seed 003; 2 GW."),
    ).toEqual([]);
    const leaks = stringsOf(data).flatMap((text) =>
      researchRefs(text).length > 0 ? [text.slice(0, 160)] : [],
    );
    expect(leaks).toEqual([]);
  });
  // 53 notes read "Seed 000: …" or "(seed 004: …)", and in Arabic "المقال المرجعي 003": the number of a
  // stored copy of an article, which no reader can open. A note names the article by its outlet and date
  // (data/ai-economy/sources/seeds.yaml says which is which), in both languages.
  it("name no seed article by its file number, in either language", () => {
    expect(seedRefs("Seed 000: Amazon and Google follow")).toEqual(["Seed 000"]);
    expect(seedRefs('(seed 004: "عبر مزيج") and seed 000\'s experts')).toEqual(["seed 004", "seed 000"]);
    expect(seedRefs("Seeds 003 and 004 agree")).toEqual(["Seeds 003"]);
    expect(seedRefs("ويضيف المقال المرجعي 000 أن")).toEqual(["المقال المرجعي 000"]);
    expect(seedRefs("Arabian Business (late 2025): Amazon and Google follow")).toEqual([]);
    expect(seedRefs("seed-openai-300b-feedback-loop; a seed round of $100M")).toEqual([]);
    const found = stringsOf(data).flatMap((text) => (seedRefs(text).length > 0 ? [text.slice(0, 160)] : []));
    expect(found).toEqual([]);
  });

  // ~57 notes read "the research gives no in-service date" and, in Arabic, "لا تذكر الأبحاث": the reader has
  // no "research", only the sources the record cites. A note says what the sources do or do not give.
  it("speak of the sources, not of a 'research', in either language", () => {
    expect(researchWording("Dated at the report date; the research gives no in-service date")).toEqual([
      "research",
    ]);
    expect(researchWording("Secondary source (research confidence medium).")).toEqual(["research"]);
    expect(researchWording("The research's ratio list gives 62%.")).toEqual(["research"]);
    expect(researchWording("ولا تذكر الأبحاث تاريخ التشغيل")).toEqual(["الأبحاث"]);
    expect(researchWording("ويُظهر السجل البحثي مايكروسوفت عميلًا")).toEqual(["البحثي"]);
    expect(researchWording("ولا يذكر البحث توزيعًا")).toEqual(["البحث"]);
    // A published note, an outlet's name, a title and "R&D" are no internal research.
    expect(researchWording("known here through a public research note")).toEqual([]);
    expect(researchWording("Constellation Research")).toEqual([]);
    expect(researchWording("CoreWeave, Inc. (CRWV): research profile, data as of April 2026")).toEqual([]);
    expect(researchWording("halqa-research-ratio-list")).toEqual([]);
    expect(researchWording("من دون الرواتب والإيجارات والبحث والتطوير")).toEqual([]);
    expect(researchWording("من مذكرة بحثية منشورة")).toEqual([]);
    const found = stringsOf(data).flatMap((text) =>
      researchWording(text).length > 0 ? [text.slice(0, 160)] : [],
    );
    expect(found).toEqual([]);
  });
});

/** "Research row D080", "Research rows D067 and D068": an id of the private research table. */
const RESEARCH_ROW = /^Research rows? D\d{3}\b/;

/** Every note of the dataset, at any depth (`note` and a deal's `notes`). */
function notesOf(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) notesOf(item, found);
  else if (node !== null && typeof node === "object")
    for (const [key, value] of Object.entries(node)) {
      if ((key === "note" || key === "notes") && typeof value === "string") found.push(value);
      else notesOf(value, found);
    }
  return found;
}

/** A note that, once its research-row ids and the asides in brackets about them are taken out, is empty. */
function saysNothingButRows(note: string): boolean {
  const bare = note
    .replace(/\((?:[^()]|\([^()]*\))*\)/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ([.;])/g, "$1")
    .trim();
  return /^Research rows? D\d{3}(?:(?:,| and) D\d{3})*[.;]?$/.test(bare);
}

/** A row id ("D038") or a phrase naming the research table, in English or Arabic. */
const RESEARCH_REFERENCE =
  /\bD\d{3}\b|\bresearch rows?\b|\bdeals table\b|\bresearch table\b|halqa research note|(?<!public )\bresearch note\b|\bresearch summary\b|public-record(?!\.md$)(?:\.md)?(?: *§ *\d)?|§ *\d|الصف(?:وف)? البحثي(?:ة)?|سطر الأبحاث|جدول (?:ال)?صفقات(?: البحث)?|ملاحظة البحث|ملخص البحث|مذكرة بحثية(?! عامة| منشورة)/gi;

/** The research-table references in `text`, in the order they occur (phrases lower-cased). */
function researchRefs(text: string): string[] {
  return (text.match(RESEARCH_REFERENCE) ?? []).map((ref) => (/^D\d/.test(ref) ? ref : ref.toLowerCase()));
}

/** "Seed 003", "seed 000's", "المقال المرجعي 004": a seed article named by its stored file's number. */
function seedRefs(text: string): string[] {
  return text.match(/\bseeds? \d{3}\b|المقال المرجعي \d{3}/gi) ?? [];
}

/** Every string of the dataset, at any depth. */
function stringsOf(node: unknown, found: string[] = []): string[] {
  if (typeof node === "string") found.push(node);
  else if (Array.isArray(node)) for (const item of node) stringsOf(item, found);
  else if (node !== null && typeof node === "object")
    for (const value of Object.values(node)) stringsOf(value, found);
  return found;
}

/**
 * "research" as the name of a body of work the reader cannot see ("the research gives no …", "research
 * confidence", "لا تذكر الأبحاث", "السجل البحثي"). Left alone: ids ("halqa-research-…"), an outlet
 * ("Constellation Research"), a published "public research note" / "مذكرة بحثية منشورة", a title's
 * "research profile", and "البحث والتطوير" (R&D).
 */
function researchWording(text: string): string[] {
  const english = [...text.matchAll(/(?<![\w-])research(?![\w-])/gi)]
    .filter((m) => {
      const before = text.slice(0, m.index).toLowerCase();
      const after = text.slice(m.index + m[0].length).toLowerCase();
      return !/(?:public |constellation )$/.test(before) && !after.startsWith(" profile");
    })
    .map((m) => m[0].toLowerCase());
  const arabic =
    text.match(/البحث(?! والتطوير)(?:ي(?!ة (?:منشورة|عامة)))?|الأبحاث|بحثي(?!ة (?:منشورة|عامة))/g) ?? [];
  return [...english, ...arabic];
}
