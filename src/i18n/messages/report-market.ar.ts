import type { reportMarketEn } from "./report-market.en.ts";
import type { Shape } from "./tree.ts";

export const reportMarketAr: Shape<typeof reportMarketEn> = {
  title: "التركّز، وحصة صندوق المؤشر الواقعة داخل الحلقة",
  concentration: "تركّز المكاسب والإنفاق الرأسمالي (كما نُشر)",
  figure: "الرقم",
  value: "القيمة",
  period: "الفترة",
  sources: "المصادر",
  by: "بحسب",
  above: "أكثر من {low}",
  between: "{low} – {high}",
  missing: "غير موجود في البيانات",
  fundTitle: "صندوق مؤشر ⁦S&P 500⁩ (حساب ⁦401(k)⁩) والحلقة",
  company: "الشركة",
  weight: "الوزن في المؤشر",
  exposure: "الانكشاف على الحلقة",
  contribution: "حصة الصندوق في الحلقة",
  absent: "غير متاح",
  fundLine:
    "حصة الصندوق الواقعة في الحلقة: {share} ({measure})؛ تغطي اللقطة {covered} من المؤشر بتاريخ {asOf}. الشركات خارج اللقطة لا تُحتسب.",
  measures: {
    membership: "العضوية: تُحتسب كاملةً كل شركة تقع على أي حلقة مالية",
    "revenue-share": "حصة الإيرادات: المقبوضات على خطوات الحلقة هذا العام ÷ الإيرادات",
    file: "الانكشافات من ملفك",
  },
  measureNotes: {
    membership:
      "العضوية حدٌّ أعلى: حصة الصندوق في الشركات المشاركة في الحلقة أصلًا. يعطي ⁦--measure⁩ revenue-share قراءة أضيق حيث تتوفر الإيرادات؛ ويتيح ⁦--exposure⁩ FILE.csv استخدام أرقامك أنت.",
    "revenue-share":
      "حصة الإيرادات غير متاحة حين لا تضم البيانات إيرادات سنوية للشركة (وتُحتسب صفرًا): النتيجة حدٌّ أدنى.",
  },
  fromFileNote: "* الانكشاف من ملف ⁦--exposure⁩ الخاص بك.",
  loopBasis:
    "تُقرأ الحلقات من الصفقات الملزمة (أساس الملتزم به) بتاريخ {asOf}: الشركة التي لا تقع على حلقة إلا عبر صفقات مُعلنة أو مشروطة أو غير ملزمة تُعدّ خارجها (أما ⁦halqa circularity⁩ فيقرأ الأساس المُعلن، وعليه تقع شركات أكثر على الحلقات).",
};
