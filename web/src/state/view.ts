/**
 * The whole view as a URL query, so that a link reproduces what its sender saw: the page, the
 * language, the value basis and as-of date, the filters, the selection. `parseView` accepts any
 * query (unknown or malformed values fall back to the defaults, never throw); `serializeView` writes
 * only what differs from the defaults, in a fixed order, so equal views have equal URLs.
 */
import type { Basis } from "@core/flows/expand.ts";
import type { DealStatus, DealType } from "@schema/deal.ts";
import type { Lang } from "../format.ts";
import { DEAL_STATUSES, DEAL_TYPES } from "../model/enums.ts";

export const PAGE_IDS = [
  "overview",
  "explorer",
  "flows",
  "circularity",
  "data",
  "stress",
  "upload",
  "power",
  "money",
  "tracker",
  "market",
] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const SORT_KEYS = ["deal", "type", "status", "announced", "amount"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type View = {
  page: PageId;
  lang: Lang;
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

export function defaultView(lang: Lang): View {
  return {
    page: "overview",
    lang,
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
    mc: null,
    spread: 20,
    runs: 5000,
    mcSeed: 1,
  };
}

const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
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

function integer(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

export function parseView(search: string, fallbackLang: Lang): View {
  const p = new URLSearchParams(search);
  const d = defaultView(oneOf(["en", "ar"], p.get("lang")) ?? fallbackLang);
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
  return {
    ...d,
    page: oneOf(PAGE_IDS, p.get("page")) ?? d.page,
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
  if (view.mc !== null) p.set("mc", view.mc);
  put("spread", String(view.spread), String(d.spread));
  put("runs", String(view.runs), String(d.runs));
  put("mcSeed", String(view.mcSeed), String(d.mcSeed));
  // Commas and ">" are safe in a query; leaving them unescaped keeps shared links readable.
  return p.toString().replace(/%2C/g, ",").replace(/%3E/g, ">");
}
