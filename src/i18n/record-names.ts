/**
 * The names a report's ids are shown by, in one language: entities by name, deals by title, sources by
 * outlet and date, parameters, indicators and sites by name, a financial figure by its entity, metric
 * and period, a group of deals by their titles. The terminal and the pages both build them here
 * from the dataset, so an id reads the same in every face and never stands as a label itself.
 */
import type { Dataset } from "../core/model/dataset.ts";
import { joinList } from "./format.ts";
import type { RecordNames } from "./format-cell.ts";
import { formatPeriod } from "./format-period.ts";
import type { Lang } from "./lang.ts";
import { message, messageOrKey } from "./message.ts";

type Named = Pick<Dataset, "entities" | "deals" | "sources"> &
  Partial<Pick<Dataset, "parameters" | "indicators" | "sites" | "translations">>;

export function recordNames(dataset: Named, lang: Lang): RecordNames {
  const entities = new Map(dataset.entities.map((e) => [e.id, e.name[lang]]));
  const deals = new Map(dataset.deals.map((d) => [d.id, d.title[lang]]));
  const translate = dataText(dataset, lang);
  const sources = new Map(
    dataset.sources.map((s) => {
      const outlet = translate(s.publisher);
      return [s.id, s.date ? `${outlet} ${s.date}` : outlet];
    }),
  );
  const records = new Map<string, string>();
  for (const p of dataset.parameters ?? []) records.set(`parameters:${p.id}`, p.name[lang]);
  for (const i of dataset.indicators ?? []) records.set(`indicators:${i.id}`, i.name[lang]);
  for (const s of dataset.sites ?? []) records.set(`sites:${s.id}`, s.name[lang]);
  return {
    entity: (id) => entities.get(id) ?? id,
    deal: (id) => deals.get(id) ?? id,
    // A source cell holds one id or several separated by spaces.
    source: (ids) =>
      // Two records of one filing read the same: named once.
      joinList(lang, [
        ...new Set(
          ids
            .split(" ")
            .filter(Boolean)
            .map((id) => sources.get(id) ?? id),
        ),
      ]),
    // A bare id names a parameter or an indicator: the dataset's ids are unique across its records.
    record: (ref) =>
      records.get(ref) ??
      records.get(`parameters:${ref}`) ??
      records.get(`indicators:${ref}`) ??
      compositeRecord(ref),
    // A data text (a note, an outlet, a derivation) reads in the page's language when the data holds
    // its translation. A note written by hand may cite a deal by its id ("(deal
    // nvidia-openai-30b-equity-2026)"): the reader sees the deal's title, as everywhere else. Only
    // hyphenated ids are matched, never a word, and a company's figures as "financials <entity id>":
    // both are named.
    text: (text) =>
      translate(text)
        .replace(FINANCIALS_IN_TEXT, (all, id: string) =>
          entities.has(id) ? `financials ${entities.get(id)}` : all,
        )
        .replace(DEAL_ID_IN_TEXT, (id) => deals.get(id) ?? id),
  };

  /**
   * A reference that names other records: "deals:a,b" (the deals' titles) or
   * "financials:<entity>/<metric>/<period>[ (label)]" (whose figure, which metric, which period).
   */
  function compositeRecord(ref: string): string {
    if (ref.startsWith("deals:"))
      return joinList(
        lang,
        ref
          .slice("deals:".length)
          .split(",")
          .filter(Boolean)
          .map((id) => deals.get(id) ?? id),
      );
    // A power delay names a site or a region: a region is no record and reads as written.
    if (ref.startsWith("sites:")) return ref.slice("sites:".length);
    const financial = /^financials:([^/]+)\/([^/]+)\/([^ ]+)(?: \((.*)\))?$/.exec(ref);
    if (!financial) return ref;
    const [, entity = "", metric = "", period = "", label] = financial;
    const named = message(lang, "report.common.financialRecord", {
      entity: entities.get(entity) ?? entity,
      metric: messageOrKey(lang, `report.sheet.company.metrics.${metric}`),
      period: formatPeriod(lang, period),
    });
    return label ? `${named} (${translate(label)})` : named;
  }
}

/**
 * The Arabic of the data's English texts, looked up by the whole English text (the translation
 * memory, Dataset.translations); a text without one, and every text in English, reads as written.
 */
export function dataText(
  dataset: Partial<Pick<Dataset, "translations">>,
  lang: Lang,
): (text: string) => string {
  if (lang === "en" || !dataset.translations?.length) return (text) => text;
  const memory = new Map(dataset.translations.map((t) => [t.en, t.ar]));
  return (text) => memory.get(text) ?? memory.get(text.trim()) ?? text;
}

/** A hyphenated lower-case token standing alone (not inside a URL, a path or a longer word). */
const DEAL_ID_IN_TEXT = /(?<![\w./:-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/-])/g;
/** "financials openai" in a hand-written note: the word, then an entity's id. */
const FINANCIALS_IN_TEXT = /\bfinancials ([a-z0-9][a-z0-9-]*)\b/g;

/**
 * The names with one scenario's title added ("scenarios:<id>"): a scenario is a file the reader gives,
 * not a record of the dataset, so the face that read it names it. Without it, its id stands.
 */
export function withScenario(
  names: RecordNames,
  scenario: { id: string; title: Readonly<Record<Lang, string>> },
  lang: Lang,
): RecordNames {
  const ref = `scenarios:${scenario.id}`;
  const record = names.record;
  return {
    ...names,
    record: (r) =>
      r === ref
        ? scenario.title[lang]
        : r.startsWith("scenarios:")
          ? r.slice("scenarios:".length)
          : (record?.(r) ?? r),
  };
}
