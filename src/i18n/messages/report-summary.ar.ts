import type { reportSummaryEn } from "./report-summary.en.ts";
import type { Shape } from "./tree.ts";

export const reportSummaryAr: Shape<typeof reportSummaryEn> = {
  title: "حلقة — اقتصاد الذكاء الاصطناعي الدائري، من البيانات المرفقة",
  counts: "محتوى مجموعة البيانات",
  totalsByBasis: "الإجماليات حسب أساس القيمة",
  measure: "",
  money: "التدفقات المالية (بالدولار، والمتداخل يُحسب مرة واحدة)",
  contingent: "الضمانات والتعهدات الاحتياطية (التزامات محتملة، بالدولار)",
  gigawatts: "قدرة الحوسبة (جيجاوات، كل جيجاوات مرة واحدة، سنة الذروة)",
  basis: { committed: "الملتزم به", announced: "المُعلن", paid: "المدفوع" },
  largestDeals: "أكبر الصفقات (بالدولار)",
  deal: "الصفقة",
  countedIn: "محسوبة ضمن",
  status: "الحالة",
  entitiesByKind: "الجهات حسب النوع",
  dealsByType: "الصفقات حسب النوع",
  dealsByStatus: "الصفقات حسب الحالة",
  sourcesByPublisher: "المصادر حسب الناشر",
  outlet: "الناشر",
  count: "العدد",
  totalsNotes:
    "الرقم الرئيسي: {committed} ملتزم بها (ملزمة)، و{announced} معلنة. لا تدخل في الإجماليات: {reported} لا تستند إلا إلى تقارير صحفية (مفاوضات وشائعات؛ يضيفها الخيار ⁦--include-reported⁩)، و{replaced} من صفقات حلّت محلها صفقات لاحقة. ومن الإجمالي المعلن، يستند {estimated} إلى تقديرات (مؤشَّر عليها بـ ≈).",
};
