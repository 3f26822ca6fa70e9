/**
 * The plain-language account of a stress run, in English and Arabic, from fixed message templates:
 * the run produces events (code + parameters) and each language turns an event into one sentence.
 * Names come from the dataset's bilingual entity names; amounts arrive already formatted.
 */

export type AccountEvent =
  | {
      code: "shock";
      entity: string;
      detail: "revenue" | "share-price" | "delay" | "credit" | "default";
      amount: string;
    }
  | { code: "wave"; wave: number; entities: string[] }
  | { code: "no-default" }
  | { code: "largest-loss"; entity: string; amount: string }
  | { code: "unfunded"; amount: string; deals: number };

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

const join = (lang: "en" | "ar", names: string[]) => names.join(lang === "en" ? ", " : "، ");

export function renderAccount(events: readonly AccountEvent[], names: Names, lang: "en" | "ar"): string[] {
  return events.map((event) => {
    switch (event.code) {
      case "shock": {
        const who = names(event.entity)[lang];
        const what = DETAIL[lang][event.detail];
        return event.detail === "default" ? `${who} ${what}.` : `${who} ${what} ${event.amount}.`;
      }
      case "wave": {
        const list = join(
          lang,
          event.entities.map((id) => names(id)[lang]),
        );
        return lang === "en"
          ? `Wave ${event.wave}: ${list} ${event.entities.length === 1 ? "defaults" : "default"}.`
          : `الموجة ${event.wave}: تتعثر ${list}.`;
      }
      case "no-default":
        return lang === "en"
          ? "No one defaults: the losses stay within capital."
          : "لا يتعثر أحد: تبقى الخسائر ضمن رأس المال.";
      case "largest-loss":
        return lang === "en"
          ? `The largest loss falls on ${names(event.entity).en}: ${event.amount}.`
          : `أكبر خسارة تقع على ${names(event.entity).ar}: ${event.amount}.`;
      default:
        return lang === "en"
          ? `${event.amount} of commitments across ${event.deals} deals go unfunded.`
          : `تبقى التزامات قدرها ${event.amount} في ${event.deals} صفقات بلا تمويل.`;
    }
  });
}

/** Dollars in words a reader scans: $1.2B, $350M, $12K. */
export function usd(value: number): string {
  const abs = Math.abs(value);
  const [div, suffix] =
    abs >= 1e12
      ? [1e12, "T"]
      : abs >= 1e9
        ? [1e9, "B"]
        : abs >= 1e6
          ? [1e6, "M"]
          : abs >= 1e3
            ? [1e3, "K"]
            : [1, ""];
  const digits = abs / div >= 100 ? 0 : 1;
  return `${value < 0 ? "−" : ""}$${(abs / div).toFixed(digits)}${suffix}`;
}
