import type { reportFlowsEn } from "./report-flows.en.ts";
import type { Shape } from "./tree.ts";

const flows =
  "{count, plural, zero {لا تدفقات} one {تدفق واحد} two {تدفقان} few {# تدفقات} many {# تدفقًا} other {# تدفق}}";

export const reportFlowsAr: Shape<typeof reportFlowsEn> = {
  title: "التدفقات المؤرخة",
  rowsTitle: "التدفقات حسب الصفقة والسنة",
  none: "لا توجد تدفقات مطابقة.",
  year: "السنة",
  deal: "الصفقة",
  from: "من",
  to: "إلى",
  kind: "النوع",
  amount: "المبلغ",
  conditional: "مشروط",
  unconditional: "غير مشروط",
  status: "الحالة",
  timing: "التوقيت",
  byYear: "الإجمالي",
  byYearChart: "الأموال المتحركة في كل سنة",
  totalLine: `${flows}، بإجمالي {total}.`,
  undatedTitle: "عقود طويلة الأجل بلا سنوات معروفة (خارج كل السنوات أعلاه)",
  notBefore: "البداية",
  undatedLine: `خارج كل السنوات: ${flows} بإجمالي {total} من عقود طويلة الأجل بلا تاريخ انتهاء ولا جدول سداد، يُدفع كلٌّ منها ابتداءً من السنة المبيّنة بتوزيع غير معروف.`,
  excluded: `استُبعد ${flows} على هذا الأساس؛ يسردها الخيار ⁦--json⁩.`,
};
