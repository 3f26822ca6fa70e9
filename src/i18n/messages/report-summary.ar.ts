import type { reportSummaryEn } from "./report-summary.en.ts";
import type { Shape } from "./tree.ts";

export const reportSummaryAr: Shape<typeof reportSummaryEn> = {
  title: "«حلقة» — اقتصاد الذكاء الاصطناعي الدائري، من البيانات المرفقة",
  counts: "محتوى قاعدة البيانات",
  totalsByBasis: "الإجماليات حسب أساس القيمة",
  basis: { committed: "الملتزم به", announced: "المُعلن", paid: "المدفوع" },
  basisColumn: "الأساس",
  moneyColumn: "التدفقات المالية",
  contingentColumn: "الضمانات والتعهدات",
  gigawattsColumn: "قدرة الحوسبة",
  totalsHow:
    "التدفقات المالية بالدولار، والصفقات المتداخلة في التقارير تُحسب مرة واحدة؛ ولا يشمل المدفوع إلا ما أفصح عنه مصدر من مدفوعات؛ والضمانات والتعهدات الاحتياطية التزامات محتملة بالدولار؛ وتُحتسب كل جيجاوات من قدرة الحوسبة مرة واحدة، في سنة الذروة.",
  largestDeals: "أكبر الصفقات حسب المبلغ الملزم (بالدولار)",
  deal: "الصفقة",
  parties: "الأطراف",
  dealCountedIn: "{deal} (محسوبة ضمن {countedIn})",
  status: "الحالة",
  paidUnknown: "غير مُفصح عنه",
  entitiesByKind: "الجهات حسب النوع",
  dealsByType: "الصفقات حسب النوع",
  dealsByStatus: "الصفقات حسب الحالة",
  sourcesByPublisher: "المصادر حسب الناشر",
  outlet: "الناشر",
  count: "العدد",
  totalsNotes:
    "أبرز الأرقام: {committed} ملتزم بها (ملزمة)، و{announced} معلنة. لا تدخل في الإجماليات: {reported} لا تستند إلا إلى تقارير صحفية (مفاوضات وشائعات)، و{replaced} من صفقات حلّت محلها صفقات لاحقة. ومن الإجمالي المعلن، يستند {estimated} إلى تقديرات (مؤشَّر عليها بـ ≈).",
};
