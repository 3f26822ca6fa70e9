/**
 * The plain-language account of a stress run, in English and Arabic, from fixed message templates:
 * the run produces events (code + parameters) and each language turns an event into one sentence.
 * Names come from the dataset's bilingual entity names; amounts (USD) and counts arrive as numbers
 * and are written in each language's own style: "$1.2B" in English, "1.2 مليار دولار" in Arabic, with
 * the Western digits of the Arabic financial press (docs/arabic-style.md; the CLI turns them into
 * Arabic-Indic digits under --digits arab).
 */

export type Lang = "en" | "ar";

export type AccountEvent =
  | {
      code: "shock";
      entity: string;
      detail: "revenue" | "share-price" | "delay" | "credit" | "default";
      /** USD; 0 for an outright default. */
      amount: number;
    }
  | { code: "wave"; wave: number; entities: string[] }
  | { code: "no-default" }
  | { code: "largest-loss"; entity: string; amount: number }
  | { code: "unfunded"; amount: number; deals: number };

export type Names = (id: string) => { en: string; ar: string };

const DETAIL = {
  en: {
    revenue: "loses revenue of",
    "share-price": "loses market value of",
    delay: "pays late, withholding",
    credit: "loses refinancing of",
    default: "fails outright",
  },
  ar: {
    revenue: "تخسر إيرادات قدرها",
    "share-price": "تخسر من قيمتها السوقية",
    delay: "تتأخر في الدفع فتحجب",
    credit: "تفقد تمويلًا قدره",
    default: "تتعثر تعثرًا مباشرًا",
  },
} as const;

const join = (lang: Lang, names: string[]) => names.join(lang === "en" ? ", " : "، ");

export function renderAccount(events: readonly AccountEvent[], names: Names, lang: Lang): string[] {
  const money = (value: number) => usd(value, lang);
  return events.map((event) => {
    switch (event.code) {
      case "shock": {
        const who = names(event.entity)[lang];
        const what = DETAIL[lang][event.detail];
        return event.detail === "default" ? `${who} ${what}.` : `${who} ${what} ${money(event.amount)}.`;
      }
      case "wave": {
        const list = join(
          lang,
          event.entities.map((id) => names(id)[lang]),
        );
        return lang === "en"
          ? `Wave ${event.wave}: ${list} ${event.entities.length === 1 ? "defaults" : "default"}.`
          : `الموجة ${count(event.wave, "ar")}: تتعثر ${list}.`;
      }
      case "no-default":
        return lang === "en"
          ? "No one defaults: the losses stay within capital."
          : "لا يتعثر أحد: تبقى الخسائر ضمن رأس المال.";
      case "largest-loss":
        return lang === "en"
          ? `The largest loss falls on ${names(event.entity).en}: ${money(event.amount)}.`
          : `أكبر خسارة تقع على ${names(event.entity).ar}: ${money(event.amount)}.`;
      default:
        return lang === "en"
          ? `${money(event.amount)} of commitments across ${event.deals} ${event.deals === 1 ? "deal goes" : "deals go"} unfunded.`
          : `تبقى التزامات قدرها ${money(event.amount)} ${arabicDeals(event.deals)} بلا تمويل.`;
    }
  });
}

/** Arabic counted noun: one and two have their own forms, 3–10 take the plural, 11 and more the singular. */
function arabicDeals(n: number): string {
  if (n === 1) return "في صفقة واحدة";
  if (n === 2) return "في صفقتين";
  const rest = n % 100;
  const noun = rest >= 3 && rest <= 10 ? "صفقات" : rest >= 11 ? "صفقةً" : "صفقة";
  return `في ${count(n, "ar")} ${noun}`;
}

/** The locale of each language: Western digits in Arabic, as the Arabic financial press writes. */
const LOCALE: Record<Lang, string> = { en: "en-US", ar: "ar-u-nu-latn" };

/** A whole number in the language's digits. */
export function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }).format(n);
}

/** [size, singular, dual, plural for 3–10]: the scale word agrees with the number in Arabic. */
const ARABIC_SCALES: [number, string, string, string][] = [
  [1e12, "تريليون", "تريليوني", "تريليونات"],
  [1e9, "مليار", "ملياري", "مليارات"],
  [1e6, "مليون", "مليوني", "ملايين"],
];

/**
 * Dollars in words a reader scans: "$1.2B", "$350M" in English; "1.2 مليار دولار", "5 مليارات دولار",
 * "ملياري دولار" in Arabic (the same rule as src/i18n/format.ts, which core may not import).
 */
export function usd(value: number, lang: Lang = "en"): string {
  if (lang === "ar") {
    const sign = value < 0 ? "-" : "";
    const size = Math.abs(value);
    // the largest scale reached; an amount that rounds to 1,000 of it moves up ("999.96 مليار" → تريليون)
    const inScale = (i: number) => Math.round((size / (ARABIC_SCALES[i]?.[0] ?? 1)) * 10) / 10;
    let index = ARABIC_SCALES.findIndex(([scale]) => size >= scale);
    if (index > 0 && inScale(index) >= 1000) index -= 1;
    const picked = ARABIC_SCALES[index];
    if (picked) {
      const [, singular, dual, plural] = picked;
      const n = inScale(index);
      if (n === 1) return `${sign}${singular} دولار`;
      if (n === 2) return `${sign}${dual} دولار`;
      // whole numbers ending in 3–10 (3–10, 103–110) take the plural: "105 مليارات"
      const word = Number.isInteger(n) && n % 100 >= 3 && n % 100 <= 10 ? plural : singular;
      return `${sign}${new Intl.NumberFormat(LOCALE.ar, { maximumFractionDigits: 1 }).format(n)} ${word} دولار`;
    }
    return `${sign}${new Intl.NumberFormat(LOCALE.ar, { maximumFractionDigits: 0 }).format(size)} دولار`;
  }
  return new Intl.NumberFormat(LOCALE[lang], {
    style: "currency",
    currency: "USD",
    currencyDisplay: "symbol",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}
