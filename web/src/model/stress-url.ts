/**
 * A stress scenario's editable parts in the URL: the shocks and the model's options, as short text
 * that stays readable in a shared link.
 *
 *   shocks=revenue-shortfall.openai.0.5,default.coreweave,credit-pullback.all.0.25,payment-delay.oracle.6
 *   shocks=power-delay.all.24 (every site not yet online) or power-delay.<site>.24 (one site)
 *   options=lgd.0.4,zeroEquityIsDefault.1,externalSeniority.senior
 *
 * A shock is `type.entity.size` (size: a fraction 0–1, or months for a delay; none for a default);
 * a credit pullback names `all` or its lenders joined by "_". Decoding keeps what it can read and
 * drops the rest, so a hand-edited link never breaks the page.
 */
import type { ScenarioShock } from "@schema/scenario.ts";

export const SHOCK_TYPES = [
  "revenue-shortfall",
  "share-price-fall",
  "payment-delay",
  "credit-pullback",
  "power-delay",
  "default",
] as const satisfies readonly ScenarioShock["type"][];
export type ShockType = (typeof SHOCK_TYPES)[number];

/** A shock as the page edits it: fractions are numbers (a cited `{ from }` is resolved first). */
export type EditShock =
  | { type: "revenue-shortfall" | "share-price-fall"; entity: string; fraction: number }
  | { type: "payment-delay"; entity: string; months: number }
  | { type: "credit-pullback"; lenders: "all" | string[]; fraction: number }
  | { type: "default"; entity: string }
  /** No site: every site whose capacity is not yet online; a region is kept from a bundled scenario. */
  | { type: "power-delay"; months: number; site?: string; region?: string };

const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function encodeShocks(shocks: readonly EditShock[]): string {
  return shocks
    .map((s) => {
      switch (s.type) {
        case "default":
          return `default.${s.entity}`;
        case "payment-delay":
          return `payment-delay.${s.entity}.${round(s.months)}`;
        case "power-delay":
          return `power-delay.${s.site ?? "all"}.${round(s.months)}`;
        case "credit-pullback":
          return `credit-pullback.${s.lenders === "all" ? "all" : s.lenders.join("_")}.${round(s.fraction)}`;
        default:
          return `${s.type}.${s.entity}.${round(s.fraction)}`;
      }
    })
    .join(",");
}

const fraction = (text: string) => {
  const x = Number(text);
  return text !== "" && Number.isFinite(x) && x >= 0 && x <= 1 ? x : undefined;
};

/** The shocks a URL holds; `known` says which entity ids exist. Unreadable items are dropped. */
export function decodeShocks(text: string, known: (id: string) => boolean): EditShock[] {
  const out: EditShock[] = [];
  for (const item of text.split(",")) {
    const [type, who = "", ...rest] = item.split(".");
    const size = rest.join(".");
    if (type === "default") {
      if (ID.test(who) && known(who) && rest.length === 0) out.push({ type, entity: who });
    } else if (type === "payment-delay") {
      const months = Number(size);
      if (known(who) && size !== "" && Number.isFinite(months) && months > 0 && months <= 1200)
        out.push({ type, entity: who, months });
    } else if (type === "power-delay") {
      const months = Number(size);
      const site = who === "all" ? undefined : ID.test(who) ? who : null;
      if (site !== null && size !== "" && Number.isFinite(months) && months > 0 && months <= 1200)
        out.push(site === undefined ? { type, months } : { type, months, site });
    } else if (type === "credit-pullback") {
      const f = fraction(size);
      const lenders = who === "all" ? "all" : who.split("_").filter((id) => ID.test(id) && known(id));
      if (f !== undefined && (lenders === "all" || lenders.length > 0))
        out.push({ type, lenders, fraction: f });
    } else if (type === "revenue-shortfall" || type === "share-price-fall") {
      const f = fraction(size);
      if (f !== undefined && ID.test(who) && known(who)) out.push({ type, entity: who, fraction: f });
    }
  }
  return out;
}

export type OptionValue = number | boolean | string;

export function encodeOptions(options: Readonly<Record<string, OptionValue>>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k}.${typeof v === "boolean" ? (v ? 1 : 0) : typeof v === "number" ? round(v) : v}`)
    .join(",");
}

/** Options as text → `key: raw text` pairs; the model's option specs decide what each may be. */
export function decodeOptions(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of text.split(",")) {
    const dot = item.indexOf(".");
    if (dot <= 0) continue;
    const key = item.slice(0, dot);
    if (/^[a-zA-Z]{1,40}$/.test(key)) out[key] = item.slice(dot + 1);
  }
  return out;
}
