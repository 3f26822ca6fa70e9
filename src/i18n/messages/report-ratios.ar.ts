import type { reportRatiosEn } from "./report-ratios.en.ts";
import type { Shape } from "./tree.ts";

export const reportRatiosAr: Shape<typeof reportRatiosEn> = {
  title: "النسب المنشورة، محسوبة من جديد من البيانات",
  values: "كل نسبة بالوحدة التي نُشرت بها",
  ratio: "النسبة",
  multiple: "المضاعف",
  share: "الحصة",
  perGw: "الدولارات لكل جيجاوات",
  hhi: "مؤشر هيرفندال-هيرشمان (من 10,000)",
  inputs: "المدخلات",
  missing: "مدخلات ناقصة",
  names: {
    "nvidia-commitments-to-revenue": "التزامات إنفيديا الاستثمارية ÷ إيراداتها",
    "nvidia-deal-financing-to-revenue": "تمويل إنفيديا لغيرها في الصفقات ÷ إيراداتها",
    "microsoft-share-of-nvidia-revenue": "حصة مايكروسوفت من إيرادات إنفيديا",
    "coreweave-customer-concentration": "تركّز عملاء كورويف (مؤشر هيرفندال-هيرشمان للطلبات المتراكمة)",
    "openai-commitments-to-revenue": "التزامات أوبن أيه آي ÷ إيراداتها",
    "oracle-rpo-to-fcf": "التزامات الأداء المتبقية لأوراكل ÷ تدفقها النقدي الحر",
    "usd-per-gw": "الدولارات لكل جيجاوات",
  },
};
