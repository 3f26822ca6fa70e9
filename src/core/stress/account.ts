/**
 * The plain-language account of a stress run, in English and Arabic, from fixed message templates:
 * the run produces events (code + parameters) and each language turns an event into one sentence.
 * Names come from the dataset's bilingual entity names; amounts (USD) and counts arrive as numbers
 * and are written in each language's own style: "$1.2B" in English, "١٫٢ مليار دولار أمريكي" in
 * Arabic, with the Arabic-Indic digits and the locale (ar-EG) the CLI's tables use.
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
  return `في ${count(n, "ar")} ${n >= 3 && n <= 10 ? "صفقات" : "صفقة"}`;
}

/** The locale of each language, as in the CLI's tables (src/i18n `locale`): Arabic-Indic digits for Arabic. */
const LOCALE: Record<Lang, string> = { en: "en-US", ar: "ar-EG" };

/** A whole number in the language's digits. */
export function count(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { useGrouping: false }).format(n);
}

/**
 * Dollars in words a reader scans: "$1.2B", "$350M" in English; "١٫٢ مليار دولار أمريكي" in Arabic
 * (the currency spelled out, as Arabic prose writes it, rather than the tables' "US$").
 */
export function usd(value: number, lang: Lang = "en"): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: "currency",
    currency: "USD",
    currencyDisplay: lang === "ar" ? "name" : "symbol",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}
