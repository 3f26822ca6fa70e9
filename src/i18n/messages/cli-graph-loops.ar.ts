import type { graphLoopsEn } from "./cli-graph-loops.en.ts";
import type { Shape } from "./tree.ts";

export const graphLoopsAr: Shape<typeof graphLoopsEn> = {
  workersNeedGraph: "الخيار ‎--workers‎ لا يُستخدم إلا مع ‎--graph‎ (البحث عن الحلقات في ملف الشبكة الخاص بك)",
};
