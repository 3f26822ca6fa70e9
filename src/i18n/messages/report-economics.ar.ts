import type { reportEconomicsEn } from "./report-economics.en.ts";
import type { Shape } from "./tree.ts";

export const reportEconomicsAr: Shape<typeof reportEconomicsEn> = {
  title: "اقتصاديات الوحدة وتحليلات «الإيرادات اللازمة» المنشورة، محسوبة من مدخلاتها",
  resultsTitle: "النتائج",
  inputsTitle: "المدخلات",
  result: "النتيجة",
  value: "القيمة",
  published: "المنشور",
  check: "التحقق",
  input: "المُدخل",
  key: "لتعديله",
  sources: "المصادر",
  reproduced: "مطابق",
  differs: "مختلف",
  byConstruction: "مطابق حكمًا",
  publishedCited: "{value} [{sources}]",
  edited: "{value} (معدَّل؛ في البيانات: {data})",
};
