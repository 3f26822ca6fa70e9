/**
 * The stress account in words: each coded step of a run (core/stress/account.ts) becomes one sentence
 * through its catalogue key `report.stress.step.<code>`, for the command line and the pages alike.
 * A step's fields are formatted by what they hold — `entity` as the entity's name, `entities` as a
 * list of names (and their count, for the plural), `amount` as dollars, counts as numbers — so a new
 * step code needs only its two messages.
 */
import { formatMoney, joinProse } from "./format.ts";
import type { Lang } from "./lang.ts";
import { messageOrKey } from "./message.ts";

/**
 * A step as core emits it. Kept structural here because i18n imports nothing from core; the faces pass
 * core's `StressStep`, and the message-key test (core/reports/stress-report.test.ts) checks each code.
 */
export type CodedStep = {
  readonly code: string;
  readonly entity?: string;
  readonly entities?: readonly string[];
  readonly amount?: number;
  readonly wave?: number;
  readonly deals?: number;
  readonly sites?: readonly string[];
  readonly years?: number;
};

/** `siteName` names a site id (the causes of a power-delay loss); without it the sites go unnamed. */
export function phraseStressStep(
  lang: Lang,
  step: CodedStep,
  entityName: (id: string) => string,
  siteName?: (id: string) => string,
): string {
  return messageOrKey(lang, `report.stress.step.${step.code}`, {
    sites: step.sites && siteName ? joinProse(lang, step.sites.map(siteName)) : undefined,
    name: step.entity === undefined ? undefined : entityName(step.entity),
    // A sentence names a list with "and" before the last: "CoreWeave and OpenAI default".
    names: step.entities === undefined ? undefined : joinProse(lang, step.entities.map(entityName)),
    count: step.entities?.length,
    amount: step.amount === undefined ? undefined : formatMoney(lang, step.amount),
    wave: step.wave,
    deals: step.deals,
    years: step.years,
  });
}

export function phraseStressAccount(
  lang: Lang,
  steps: readonly CodedStep[],
  entityName: (id: string) => string,
  siteName?: (id: string) => string,
): string[] {
  return steps.map((step) => phraseStressStep(lang, step, entityName, siteName));
}
