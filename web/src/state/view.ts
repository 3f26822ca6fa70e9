/**
 * The whole view as a URL query, so that a link reproduces what its sender saw: the page, the
 * language, the value basis and as-of date, the filters, the selection. `parseView` accepts any
 * query (unknown or malformed values fall back to the defaults, never throw); `serializeView` writes
 * only what differs from the defaults, in a fixed order, so equal views have equal URLs.
 */
import type { Basis } from "@core/flows/expand.ts";
import { DIGIT_SYSTEMS, type Digits } from "@i18n/format.ts";
import { LANGS, type Lang } from "@i18n/lang.ts";
import type { DealStatus, DealType } from "@schema/deal.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "../model/enums.ts";
import { PAGE_IDS, type PageId } from "./page-ids.ts";

const EXPOSURE_MEASURES = ["membership", "revenue-share"] as const;
type ExposureMeasure = (typeof EXPOSURE_MEASURES)[number];

export { PAGE_IDS, type PageId };

export const SORT_KEYS = ["deal", "type", "status", "announced", "amount"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type View = {
  page: PageId;
  lang: Lang;
  /** The digits of the Arabic pages' numbers: Western (the seed articles', the default) or Arabic-Indic. */
  digits: Digits;
  basis: Basis;
  /** ISO date on which statuses are read; null is today. */
  asOf: string | null;
  /** The Sankey's calendar year; null is the year with the most money. */
  year: number | null;
  /** Announcement window, months "YYYY-MM" (inclusive); null is open. */
  from: string | null;
  to: string | null;
  /** Deal types and statuses kept; null keeps all. */
  types: DealType[] | null;
  statuses: DealStatus[] | null;
  /** Smallest amount shown, USD. */
  min: number;
  entity: string | null;
  deal: string | null;
  /** A pinned loop: its entities joined by ">". */
  loop: string | null;
  q: string;
  sort: SortKey;
  desc: boolean;
  samples: number;
  seed: number;
  /** Stress page: the bundled scenario started from (null: none, or the first one). */
  scenario: string | null;
  /** Stress page: the shocks when edited (web/src/model/stress-url.ts), else the scenario's. */
  shocks: string | null;
  /** Stress and upload pages: the contagion model chosen, else the scenario's or the file's. */
  model: string | null;
  /** The model's options when edited ("lgd.0.4,zeroEquityIsDefault.1"), else the scenario's. */
  options: string | null;
  /** Economics inputs the reader changed, by key (the economics page, id "money" in the URL). */
  econ: Record<string, number>;
  /** The market page's exposure measure, and the weights and exposures (percent) the reader edited. */
  measure: ExposureMeasure;
  weights: Record<string, number>;
  exposures: Record<string, number>;
  /** Power page: grid connections slip this many months (0: no delay), only in `region` when given. */
  delay: number;
  region: string | null;
  /** Funding view: yearly revenue growth after the last figure (a fraction); null is the cited one. */
  growth: number | null;
  /** Power and funding: the first and last calendar year shown. */
  firstYear: number;
  lastYear: number;
  /** Stress page, Monte Carlo: a bundled scenario with distributions, or null for the one built above. */
  mc: string | null;
  /** Monte Carlo: ± percentage points of uncertainty given to each shock of the built scenario. */
  spread: number;
  /** Monte Carlo: samples to draw, and the run's seed. */
  runs: number;
  mcSeed: number;
};

/** The most samples the API accepts (MONTE_CARLO_MAX_RUNS of src/server/monte-carlo/request.ts). */
export const MAX_RUNS = 200_000;

export const MAX_SAMPLES = 999;
/** The longest grid delay the power page offers, in months (as the API's delayMonths). */
export const MAX_DELAY = 120;
/** The growth the funding view accepts (a fraction): −99 % to +1000 % a year, as the API's `growth`. */
export const GROWTH_RANGE = [-0.99, 10] as const;
export const YEAR_WINDOW = [2024, 2030] as const;

export function defaultView(lang: Lang): View {
  return {
    page: "overview",
    lang,
    digits: "latn",
    basis: "announced",
    asOf: null,
    year: null,
    from: null,
    to: null,
    types: null,
    statuses: null,
    min: 0,
    entity: null,
    deal: null,
    loop: null,
    q: "",
    sort: "amount",
    desc: true,
    samples: 99,
    seed: 1,
    scenario: null,
    shocks: null,
    model: null,
    options: null,
    econ: {},
    measure: "membership",
    weights: {},
    exposures: {},
    delay: 0,
    region: null,
    growth: null,
    firstYear: YEAR_WINDOW[0],
    lastYear: YEAR_WINDOW[1],
    mc: null,
    spread: 20,
    runs: 5000,
    mcSeed: 1,
  };
}

const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const REGION = /^[\p{L}\p{N}][\p{L}\p{N} .'-]{0,59}$/u;
const LOOP = /^[a-z0-9][a-z0-9-]{0,119}(?:>[a-z0-9][a-z0-9-]{0,119}){1,11}$/;
/** Shocks and model options as stress-url.ts writes them: ids, numbers, dots, underscores, commas. */
const SHOCKS = /^[a-z0-9._,-]{0,600}$/;
const MODEL = /^[a-z][a-z-]{0,39}$/;
const OPTIONS = /^[a-zA-Z0-9.,-]{0,200}$/;

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return text !== null && (values as readonly string[]).includes(text) ? (text as T) : undefined;
}

/** A comma list of known values; unknown items are dropped, "" is the empty selection. */
function listOf<T extends string>(values: readonly T[], text: string | null): T[] | null {
  if (text === null) return null;
  if (text === "") return [];
  const items = text.split(",").filter((x): x is T => (values as readonly string[]).includes(x));
  return values.filter((v) => items.includes(v));
}

/** A fraction written as a plain decimal ("0.5", "-0.25"), within [min, max]. */
function decimal(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^-?\d{1,3}(?:\.\d{1,6})?$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function integer(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

const KEY = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** "key:12,other:6.5e11" → {key: 12, other: 6.5e11}; malformed items are dropped, at most 200. */
export function parseNumbers(text: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of (text ?? "").split(",").slice(0, 200)) {
    const at = item.lastIndexOf(":");
    const key = item.slice(0, at);
    const value = Number(item.slice(at + 1));
    if (at > 0 && KEY.test(key) && item.slice(at + 1) !== "" && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

export function serializeNumbers(values: Record<string, number>): string {
  return Object.keys(values)
    .sort()
    .map((k) => `${k}:${values[k]}`)
    .join(",");
}

export function parseView(search: string, fallbackLang: Lang, fallbackDigits: Digits = "latn"): View {
  const p = new URLSearchParams(search);
  const d = defaultView(oneOf(LANGS, p.get("lang")) ?? fallbackLang);
  const match = (re: RegExp, name: string) => {
    const text = p.get(name);
    return text !== null && re.test(text) ? text : null;
  };
  const min = Number(p.get("min") ?? "0");
  const sort = p.get("sort") ?? "";
  const desc = sort.startsWith("-");
  const sortKey = oneOf(SORT_KEYS, desc ? sort.slice(1) : sort);
  let from = match(MONTH, "from");
  let to = match(MONTH, "to");
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  let firstYear = integer(p.get("firstYear"), 1990, 2100) ?? d.firstYear;
  let lastYear = integer(p.get("lastYear"), 1990, 2100) ?? Math.max(d.lastYear, firstYear);
  if (firstYear > lastYear) [firstYear, lastYear] = [lastYear, firstYear];
  return {
    ...d,
    page: oneOf(PAGE_IDS, p.get("page")) ?? d.page,
    digits: oneOf(DIGIT_SYSTEMS, p.get("digits")) ?? fallbackDigits,
    basis: oneOf(["announced", "committed", "paid"] as const, p.get("basis")) ?? d.basis,
    asOf: match(ISO_DATE, "asOf"),
    year: integer(p.get("year"), 1990, 2100) ?? null,
    from,
    to,
    types: listOf(DEAL_TYPES, p.get("types")),
    statuses: listOf(DEAL_STATUSES, p.get("statuses")),
    min: Number.isFinite(min) && min > 0 && min <= 1e15 ? min : 0,
    entity: match(ID, "entity"),
    deal: match(ID, "deal"),
    loop: match(LOOP, "loop"),
    q: (p.get("q") ?? "").slice(0, 200),
    sort: sortKey ?? d.sort,
    desc: sortKey ? desc : d.desc,
    samples: integer(p.get("samples"), 1, MAX_SAMPLES) ?? d.samples,
    seed: integer(p.get("seed"), 0, 4_294_967_295) ?? d.seed,
    scenario: match(ID, "scenario"),
    shocks: match(SHOCKS, "shocks"),
    model: match(MODEL, "model"),
    options: match(OPTIONS, "options"),
    econ: parseNumbers(p.get("econ")),
    measure: oneOf(EXPOSURE_MEASURES, p.get("measure")) ?? d.measure,
    weights: parseNumbers(p.get("weights")),
    exposures: parseNumbers(p.get("exposures")),
    delay: integer(p.get("delay"), 0, MAX_DELAY) ?? d.delay,
    region: match(REGION, "region"),
    growth: decimal(p.get("growth"), ...GROWTH_RANGE) ?? null,
    firstYear,
    lastYear,
    mc: match(ID, "mc"),
    spread: integer(p.get("spread"), 1, 50) ?? d.spread,
    runs: integer(p.get("runs"), 1, MAX_RUNS) ?? d.runs,
    mcSeed: integer(p.get("mcSeed"), 0, 4_294_967_295) ?? d.mcSeed,
  };
}

/** The query for a view, without the leading "?"; `lang` is always written, the rest when not default. */
export function serializeView(view: View): string {
  const d = defaultView(view.lang);
  const p = new URLSearchParams();
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) p.set(name, value);
  };
  put("page", view.page, d.page);
  p.set("lang", view.lang);
  put("digits", view.digits, d.digits);
  put("basis", view.basis, d.basis);
  if (view.asOf !== null) p.set("asOf", view.asOf);
  if (view.year !== null) p.set("year", String(view.year));
  if (view.from !== null) p.set("from", view.from);
  if (view.to !== null) p.set("to", view.to);
  if (view.types !== null) p.set("types", view.types.join(","));
  if (view.statuses !== null) p.set("statuses", view.statuses.join(","));
  if (view.min > 0) p.set("min", String(view.min));
  if (view.entity !== null) p.set("entity", view.entity);
  if (view.deal !== null) p.set("deal", view.deal);
  if (view.loop !== null) p.set("loop", view.loop);
  put("q", view.q, d.q);
  put("sort", `${view.desc ? "-" : ""}${view.sort}`, `${d.desc ? "-" : ""}${d.sort}`);
  put("samples", String(view.samples), String(d.samples));
  put("seed", String(view.seed), String(d.seed));
  if (view.scenario !== null) p.set("scenario", view.scenario);
  if (view.shocks !== null) p.set("shocks", view.shocks);
  if (view.model !== null) p.set("model", view.model);
  if (view.options !== null) p.set("options", view.options);
  put("econ", serializeNumbers(view.econ), "");
  put("measure", view.measure, d.measure);
  put("weights", serializeNumbers(view.weights), "");
  put("exposures", serializeNumbers(view.exposures), "");
  put("delay", String(view.delay), String(d.delay));
  if (view.region !== null) p.set("region", view.region);
  if (view.growth !== null) p.set("growth", String(Math.round(view.growth * 1e6) / 1e6));
  put("firstYear", String(view.firstYear), String(d.firstYear));
  put("lastYear", String(view.lastYear), String(Math.max(d.lastYear, view.firstYear)));
  if (view.mc !== null) p.set("mc", view.mc);
  put("spread", String(view.spread), String(d.spread));
  put("runs", String(view.runs), String(d.runs));
  put("mcSeed", String(view.mcSeed), String(d.mcSeed));
  // Commas, ">" and ":" are safe in a query; leaving them unescaped keeps shared links readable.
  return p.toString().replace(/%2C/g, ",").replace(/%3E/g, ">").replace(/%3A/g, ":");
}
