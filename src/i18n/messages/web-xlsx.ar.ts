import type { Shape } from "./tree.ts";
import type { webXlsxEn } from "./web-xlsx.en.ts";

/** مصنّف Excel لجدول الصفحة (مفاتيح web.xlsx.*): زرّه وورقة مصادره. */
export const webXlsxAr: Shape<typeof webXlsxEn> = {
  xlsx: {
    button: "XLSX",
    label: "نزّل {name} مصنّفَ Excel مع مصادره",
    sources: "المصادر",
    outlet: "الناشر",
    date: "التاريخ",
    title: "العنوان",
    link: "الرابط",
    none: "لا يستشهد الجدول بمصدر خاص به؛ ولكل رقم في بيانات «حلقة» مصدره.",
    fromUpload: "المصدر: حسبته «حلقة» من ملفك المرفوع، {date}",
    uploadNone: "محسوب من ملفك المرفوع: لا يستشهد الجدول بمصدر منشور.",
  },
};
