import type { reportStressEn } from "./report-stress.en.ts";
import type { Shape } from "./tree.ts";

export const reportStressAr: Shape<typeof reportStressEn> = {
  title: "اختبار الضغط",
  run: "اختبار الضغط: {scenario} · {model} · {basis} · {asOf}",
  basis: { announced: "المُعلن", committed: "الملتزم به", paid: "المدفوع" },
  account: "ما الذي يحدث",
  step: {
    "revenue-loss":
      "تخسر {name} إيرادات قدرها {amount}{years, select, none {} other { على مدى {years, plural, zero {# سنة} one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنةً} other {# سنة}} (المدة التي تستحق خلالها التزاماتها)}}{sites, select, none {} other { (لتأخر تشغيل السعة في {sites})}}.",
    "market-value-loss":
      "تخسر {name} {amount} من قيمتها السوقية. أما الخسائر أدناه فتُقاس برأس مال كل شركة (حقوق المساهمين الدفترية حيث أُفصح عنها)، لا بقيمتها السوقية.",
    "payment-withheld": "تتأخر {name} في الدفع فتحجب {amount}.",
    "refinancing-loss": "تفقد {name} تمويلًا قدره {amount}.",
    "forced-default": "تتعثر {name} مباشرةً بفعل السيناريو.",
    "no-default": "لا يتعثر أحد: تبقى الخسائر ضمن رأس المال.",
    // A verb before its subject stays singular in Arabic, whatever the count; the plural keeps parity with English.
    wave: "الموجة {wave, number}: {count, plural, other {تتعثر}} {names}.",
    "largest-loss": "أكبر خسارة تقع على {name}: {amount}.",
    // After «في» the dual is genitive (صفقتين); 11–99 take the accusative singular (صفقةً).
    unfunded:
      "تبقى التزامات قدرها {amount} {deals, plural, zero {في # صفقة} one {في صفقة واحدة} two {في صفقتين} few {في # صفقات} many {في # صفقةً} other {في # صفقة}} بلا تمويل.",
  },
  waves: "حالات التعثر حسب الموجة",
  wave: "الموجة",
  entities: "الجهات",
  losses: "الخسائر",
  entity: "الجهة",
  capital: "رأس المال",
  capitalFrom: "أساس رأس المال",
  capitalFroms: {
    "shareholders-equity": "حقوق المساهمين الدفترية",
    "market-cap": "القيمة السوقية",
    valuation: "آخر تقييم",
    "capital-ratio": "تقدير من التزاماتها",
  },
  loss: "الخسارة",
  share: "نسبة من رأس المال",
  lossShare: "الخسارة نسبةً إلى رأس المال",
  unfunded: "التزامات بلا تمويل",
  deal: "الصفقة",
  debtor: "المدين",
  creditor: "الدائن",
  committed: "الملتزم به",
  recovery: "نسبة الاسترداد",
  unfundedPart: "غير المموَّل",
  assumptions: "الافتراضات",
  assumption: "الافتراض",
  value: "القيمة",
  sources: "المصادر",
  none: "لا شيء",
  list: "{first}، {rest}",
  cited: "أرقام يستشهد بها السيناريو",
  use: "يُستخدم في",
  financialFigure: "{entity} · {metric} · {period}",
  scaled: "{use} (× {factor})",
  years:
    "{count, plural, zero {{shown} سنة} one {سنة واحدة} two {سنتان} few {{shown} سنوات} many {{shown} سنةً} other {{shown} سنة}}",
  uses: {
    horizon: "الإيرادات على مدى الالتزامات؛ حصة التأخير",
    capitalRatio: "رأس المال حيث لا يُذكر تقييم",
    revenuePerGwYear: "الإيرادات التي تضيع عن كل جيجاوات في السنة من السعة المتأخرة",
    revenue: "الإيرادات السنوية",
    cash: "النقد (الحد الأدنى للأصول الخارجية)",
    book: "رأس المال (حقوق المساهمين الدفترية)",
    marketValue: "القيمة السوقية (صدمات سعر السهم)",
    capitalAndMarket: "رأس المال والقيمة السوقية",
  },
};
