import type { reportBriefEn } from "./report-brief.en.ts";
import type { Shape } from "./tree.ts";

export const reportBriefAr: Shape<typeof reportBriefEn> = {
  title: "اقتصاد الذكاء الاصطناعي الدائري: موجز",
  titleCompany: "{company} في اقتصاد الذكاء الاصطناعي الدائري: موجز",
  titleScenario: "سيناريو الضغط «{scenario}»: موجز",
  dateLine: "البيانات حتى {asOf} · {deals} · {sources}",
  headline: "الأرقام الرئيسية",
  largestDeals: "أكبر الصفقات",
  loops: "الأموال التي تعود إلى مصدرها",
  largestLoops: "أكبر الحلقات",
  path: "الحلقة",
  stress: "من يتضرر",
  reconcile: "مقارنةً بالأرقام المنشورة",
  companyTotals: "تتلقى {company} {receives} وتدفع {pays} في الصفقات المسجلة (على الأساس المُعلن).",
  companyCircularity:
    "من أصل {receipts} تمر عبرها، يعود إليها {self} من أموالها الخاصة عبر الحلقات، فيما دخل {outside} إلى الشبكة من خارجها.",
  direction: "الاتجاه",
  in: "مقبوضة",
  out: "مدفوعة",
  counted: "المحتسب",
  originsChart: "من أين دخلت إلى الشبكة الأموال التي تتلقاها",
  origin: "نقطة الدخول",
  share: "الحصة من المقبوضات",
  none: "لا شيء في البيانات.",
  cites: "المصادر",
  footnotes: "المصادر",
  quote: "«{quote}»",
  seedFile: "مقال ضمن البيانات: {file}",
  method:
    "تحسب «حلقة» كل رقم من بيانات الصفقات الموثقة بمصادرها حتى التاريخ المذكور، وتشير الأرقام بين القوسين إلى المصادر أدناه. المنهجية: docs/methods في مستودع «حلقة».",
  credit: "أُعدّ باستخدام «حلقة»، أداة مفتوحة المصدر لتحليل اقتصاد الذكاء الاصطناعي الدائري",
  chartSource: "المصدر: «حلقة»، استنادًا إلى بيانات الصفقات حتى {asOf}",
  print: "طباعة أو حفظ بصيغة PDF",
};
