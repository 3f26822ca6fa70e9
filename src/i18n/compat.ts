/**
 * The catalogue in the shape of the old function-style catalogue (`messages(lang).ui.valid({ … })`),
 * generated from the one ICU catalogue so that code not yet moved to `message(lang, key, values)`
 * keeps compiling unchanged: a message with arguments becomes a function of its values, one without
 * stays a string. Sections: problems → problem.*, enums → enum.*, ui → cli.*, sheets → report.sheet.*.
 * New code calls `message` directly.
 */
import type { Lang } from "./lang.ts";
import { legacyValues } from "./legacy-values.ts";
import { catalogueOf, countArguments, type MessageValues, message, messageSource } from "./message.ts";
import type { catalogueEn } from "./messages/index.ts";
import type { MessageTree } from "./messages/tree.ts";

type Fn = (params?: Readonly<Record<string, unknown>>) => string;
/** stress's unit words are called with a number and its formatted text. */
type Positional = (n: number, shown: string) => string;
/** Groups whose every message was a function, with or without arguments. */
type FunctionGroup = "problem" | "outputs" | "inputs" | "reason";
type Leaf<S, F extends boolean> = F extends true ? Fn : S extends `${string}{${string}` ? Fn : string;
type Node<T, F extends boolean, G = FunctionGroup> = View<T, F, G> &
  (T[keyof T] extends string ? { readonly [key: string]: Leaf<T[keyof T], F> } : unknown);
type View<T, F extends boolean = false, G = FunctionGroup> = {
  readonly [K in keyof T]: T[K] extends string
    ? Leaf<T[K], F>
    : T[K] extends { ratio: string; years: string }
      ? { readonly [unit: string]: Positional }
      : Node<T[K], K extends G ? true : F, G>;
};
type C = typeof catalogueEn;

/**
 * Words the old `ui` section held that are now the vocabulary every face uses (`report.common.*`):
 * the view keeps them at their old place.
 */
const COMMON_IN_UI = {
  asOf: "asOf",
  basis: "basis",
  announced: "announced",
  committed: "committed",
  paid: "paid",
  deal: "deal",
  type: "type",
  status: "status",
  parties: "parties",
  range: "range",
  count: "countColumn",
  kind: "kind",
  year: "year",
  from: "from",
  to: "to",
  amount: "amount",
  total: "total",
  conditional: "conditional",
  estimate: "estimate",
  estimateMark: "estimateMark",
} as const satisfies Record<string, keyof C["report"]["common"]>;

export type Messages = {
  readonly problems: Node<C["problem"], true>;
  readonly enums: View<C["enum"], false, never>;
  readonly ui: View<C["cli"]> & { readonly [K in keyof typeof COMMON_IN_UI]: string };
  readonly sheets: View<C["report"]["sheet"]>;
};

const SECTIONS = { problems: "problem", enums: "enum", ui: "cli", sheets: "report.sheet" } as const;
const FUNCTION_GROUPS = new Set(["problem", "outputs", "inputs", "reason"]);
const POSITIONAL = "cli.stress.units";

const views = new Map<Lang, Messages>();

export function compatMessages(lang: Lang): Messages {
  let view = views.get(lang);
  if (!view) {
    const built: Record<string, unknown> = {};
    for (const [old, key] of Object.entries(SECTIONS)) built[old] = viewOf(lang, key, key === "problem");
    const ui = built.ui as Record<string, string>;
    for (const [old, key] of Object.entries(COMMON_IN_UI)) {
      ui[old] = message(lang, `report.common.${key}`);
    }
    view = built as Messages;
    views.set(lang, view);
  }
  return view;
}

function subtree(key: string): MessageTree {
  let node = catalogueOf("en") as MessageTree;
  for (const part of key.split(".")) node = node[part] as MessageTree;
  return node;
}

function viewOf(lang: Lang, key: string, functions: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(subtree(key))) {
    const full = `${key}.${name}`;
    if (typeof value !== "string") {
      out[name] = viewOf(lang, full, functions || (!full.startsWith("enum.") && FUNCTION_GROUPS.has(name)));
    } else if (key === POSITIONAL) {
      out[name] = (n: number, shown: string) => message(lang, full as never, { count: n, shown });
    } else if (functions || value.includes("{")) {
      out[name] = (params: Readonly<Record<string, unknown>> = {}) => legacyMessage(lang, full, params);
    } else {
      out[name] = message(lang, full as never);
    }
  }
  return out;
}

/** A message called the old way: parameters as the old functions took them (numbers as written). */
export function legacyMessage(lang: Lang, key: string, params: Readonly<Record<string, unknown>>): string {
  if (messageSource(lang, key) === undefined) return key;
  return message(lang, key as never, legacyValues(key, params, countArguments(lang, key)) as MessageValues);
}
