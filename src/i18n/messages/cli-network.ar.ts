import type { cliNetworkEn } from "./cli-network.en.ts";
import type { Shape } from "./tree.ts";

export const cliNetworkAr: Shape<typeof cliNetworkEn> = {
  networkInvalid:
    "{file}: {count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}}؛ لم يُحلّ شيء.",
  solvedLine:
    "{model}: تقارب الحل في {iterations, plural, zero {{iterations} تكرار} one {تكرار واحد} two {تكرارين} few {{iterations} تكرارات} many {{iterations} تكرارًا} other {{iterations} تكرار}}.",
  node: "العقدة",
  payments: "المدفوعات",
  recovery: "نسبة الاسترداد",
  netWorth: "صافي القيمة",
  equity: "حقوق الملكية",
  defaulted: "متعثرة",
  wave: "الموجة",
  value: "القيمة",
  yes: "نعم",
  no: "لا",
  conventions: "الأعراف المعتمدة",
};
