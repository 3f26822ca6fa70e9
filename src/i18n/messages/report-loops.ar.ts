import type { reportLoopsEn } from "./report-loops.en.ts";
import type { Shape } from "./tree.ts";

const loops =
  "{found, plural, zero {لم يُعثر على حلقات} one {عُثر على حلقة واحدة} two {عُثر على حلقتين} few {عُثر على # حلقات} many {عُثر على # حلقةً} other {عُثر على # حلقة}}";

/** One loop shown takes the singular ("the largest"), not "1 of them shown". */
const shown =
  "{shown, plural, zero {لا يُعرض شيء منها} one {يُعرض أكبرها حسب عنق الزجاجة} two {تُعرض اثنتان منها مرتّبتين حسب عنق الزجاجة، من الأكبر إلى الأصغر} few {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} many {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} other {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر}}";

/** Every plural form but "one": several loops found, some of them shown. */
const several = (text: string) =>
  ["zero", "two", "few", "many", "other"].map((form) => `${form} {${text}}`).join(" ");

export const reportLoopsAr: Shape<typeof reportLoopsEn> = {
  title: "حلقات الأموال",
  largest: "حسب عنق الزجاجة، من الأكبر إلى الأصغر",
  none: "لا توجد حلقات مطابقة.",
  // One loop found is the whole list: no "the largest of them".
  found: `{found, plural, one {عُثر على حلقة واحدة.} ${several(`${loops}؛ ${shown}.`)}}`,
  countedLine:
    "المحتسب: {scope, select, default {التدفقات النقدية وتدفقات الحصص وضمانات شراء الأسهم والضمانات} other {أنواع التدفقات {kinds}}}؛ {cashOnly, plural, zero {لا تبقى أي حلقة منها} one {تبقى حلقة واحدة منها} two {تبقى حلقتان منها} few {تبقى # حلقات منها} many {تبقى # حلقةً منها} other {تبقى # حلقة منها}} إذا اقتصر العدّ على المدفوعات النقدية (وهو ما ينطلق منه أمر ⁦halqa circularity⁩، لأن الدائرية تقيس الإيرادات).",
  foundAtLeast: `{found, plural, one {عُثر على حلقة واحدة على الأقل (توقف البحث عند حدّه).} ${several(`${loops} على الأقل (توقف البحث عند حدّه)؛ ${shown}.`)}}`,
  start: "حلقة عبر",
  steps: "الخطوات",
  bottleneck: "عنق الزجاجة",
  total: "الإجمالي",
  from: "أول صفقة",
  to: "آخر صفقة",
  days: "الأيام",
  weakest: "تستند إلى",
  restsOn:
    "{status}{conditional, select, rests {؛ تستند إلى شريحة مشروطة} includes {؛ تتضمن شريحة مشروطة} other {}}{estimate, select, yes {؛ تستند إلى تقدير} other {}}",
  count: "الحلقات",
  byLength: "الحلقات حسب الطول",
  byLengthChart: "عدد الحلقات من كل طول",
};
