import type { Shape } from "./tree.ts";
import type { webLoopsEn } from "./web-loops.en.ts";

export const webLoopsAr: Shape<typeof webLoopsEn> = {
  loops: {
    counted:
      "المحتسب: {scope, select, default {التدفقات النقدية وتدفقات الحصص وضمانات شراء الأسهم والضمانات} other {أنواع التدفقات {kinds}}}؛ {cashOnly, plural, zero {لا تبقى أي حلقة منها} one {تبقى حلقة واحدة منها} two {تبقى حلقتان منها} few {تبقى # حلقات منها} many {تبقى # حلقةً منها} other {تبقى # حلقة منها}} إذا اقتصر العدّ على المدفوعات النقدية (وهي الحلقات التي تنطلق منها صفحة «الدائرية»، لأن الدائرية تقيس الإيرادات).",
  },
};
