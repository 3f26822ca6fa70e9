import type { cliStressEn } from "./cli-stress.en.ts";
import type { Shape } from "./tree.ts";

export const cliStressAr: Shape<typeof cliStressEn> = {
  title: "اختبار الضغط",
  waves: "حالات التعثر حسب الموجة",
  wave: "الموجة",
  entities: "الجهات",
  losses: "الخسائر",
  entity: "الجهة",
  capital: "رأس المال",
  loss: "الخسارة",
  share: "نسبة من رأس المال",
  unfunded: "التزامات بلا تمويل",
  deal: "الصفقة",
  debtor: "المدين",
  creditor: "الدائن",
  committed: "الملتزم به",
  recovery: "نسبة الاسترداد",
  account: "ما الذي يحدث",
  assumptions: "الافتراضات",
  assumption: "الافتراض",
  value: "القيمة",
  sources: "المصادر",
  unfundedPart: "غير المموَّل",
  units: {
    years:
      "{count, plural, zero {{shown} سنة} one {سنة واحدة} two {سنتان} few {{shown} سنوات} many {{shown} سنةً} other {{shown} سنة}}",
    ratio: "{shown} نسبة",
  },
  none: "لا شيء",
  invalid:
    "{file}: {count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}}؛ لم يُشغَّل شيء.",
};
