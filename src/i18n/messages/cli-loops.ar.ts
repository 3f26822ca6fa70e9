import type { cliLoopsEn } from "./cli-loops.en.ts";
import type { Shape } from "./tree.ts";

export const cliLoopsAr: Shape<typeof cliLoopsEn> = {
  loopLength:
    "{length, plural, zero {{length} خطوة} one {خطوة واحدة} two {خطوتان} few {{length} خطوات} many {{length} خطوةً} other {{length} خطوة}}",
  temporalWindow: "مرتبة زمنيًا، ضمن نافذة {window}",
  loopsFound:
    "{found, plural, zero {عُثر على {found, plural, zero {{found} حلقة} one {حلقة واحدة} two {حلقتان} few {{found} حلقات} many {{found} حلقةً} other {{found} حلقة}}؛ {shown, plural, zero {لا يُعرض شيء منها} one {يُعرض أكبرها حسب عنق الزجاجة} two {تُعرض اثنتان منها مرتّبتين حسب عنق الزجاجة، من الأكبر إلى الأصغر} few {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} many {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} other {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر}}.} one {عُثر على حلقة واحدة.} two {عُثر على {found, plural, zero {{found} حلقة} one {حلقة واحدة} two {حلقتان} few {{found} حلقات} many {{found} حلقةً} other {{found} حلقة}}؛ {shown, plural, zero {لا يُعرض شيء منها} one {يُعرض أكبرها حسب عنق الزجاجة} two {تُعرض اثنتان منها مرتّبتين حسب عنق الزجاجة، من الأكبر إلى الأصغر} few {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} many {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} other {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر}}.} few {عُثر على {found, plural, zero {{found} حلقة} one {حلقة واحدة} two {حلقتان} few {{found} حلقات} many {{found} حلقةً} other {{found} حلقة}}؛ {shown, plural, zero {لا يُعرض شيء منها} one {يُعرض أكبرها حسب عنق الزجاجة} two {تُعرض اثنتان منها مرتّبتين حسب عنق الزجاجة، من الأكبر إلى الأصغر} few {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} many {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} other {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر}}.} many {عُثر على {found, plural, zero {{found} حلقة} one {حلقة واحدة} two {حلقتان} few {{found} حلقات} many {{found} حلقةً} other {{found} حلقة}}؛ {shown, plural, zero {لا يُعرض شيء منها} one {يُعرض أكبرها حسب عنق الزجاجة} two {تُعرض اثنتان منها مرتّبتين حسب عنق الزجاجة، من الأكبر إلى الأصغر} few {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} many {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} other {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر}}.} other {عُثر على {found, plural, zero {{found} حلقة} one {حلقة واحدة} two {حلقتان} few {{found} حلقات} many {{found} حلقةً} other {{found} حلقة}}؛ {shown, plural, zero {لا يُعرض شيء منها} one {يُعرض أكبرها حسب عنق الزجاجة} two {تُعرض اثنتان منها مرتّبتين حسب عنق الزجاجة، من الأكبر إلى الأصغر} few {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} many {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر} other {تُعرض {shown} منها مرتّبةً حسب عنق الزجاجة، من الأكبر إلى الأصغر}}.}}",
  noLoops: "لا توجد حلقات مطابقة.",
  flagNonBinding: "تستند إلى صفقة غير ملزمة",
  flagIncludesNonBinding: "تتضمن صفقة غير ملزمة",
  flagConditional: "تستند إلى شريحة مشروطة",
  flagIncludesConditional: "تتضمن شريحة مشروطة",
  bottleneck: "عنق الزجاجة",
  loopTotal: "الإجمالي",
  days: "{days, plural, zero {{days} يوم} one {يوم واحد} two {يومان} few {{days} أيام} many {{days} يومًا} other {{days} يوم}}",
  rowsRead:
    "قُرئ {rows, plural, zero {{rows} صف} one {صف واحد} two {صفان} few {{rows} صفوف} many {{rows} صفًا} other {{rows} صف}}",
  graphInvalid:
    "{file}: {count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}}؛ لم يُجرَ أي بحث.",
  graphNoTimestamps: "لا يحتوي {file} على عمود ts: الخيار ⁦--temporal⁩ يحتاج إلى طوابع زمنية.",
  graphSummary:
    "{file}: {rows, plural, zero {{rows} صف} one {صف واحد} two {صفان} few {{rows} صفوف} many {{rows} صفًا} other {{rows} صف}}، {nodes, plural, zero {{nodes} عقدة} one {عقدة واحدة} two {عقدتان} few {{nodes} عقد} many {{nodes} عقدةً} other {{nodes} عقدة}}، {edges, plural, zero {{edges} حافة} one {حافة واحدة} two {حافتان} few {{edges} حواف} many {{edges} حافةً} other {{edges} حافة}}؛ استغرق البحث {seconds} ثانية.",
  selfLoops:
    "{count, plural, zero {{count} حلقة ذاتية} one {حلقة ذاتية واحدة} two {حلقتان ذاتيتان} few {{count} حلقات ذاتية} many {{count} حلقةً ذاتيةً} other {{count} حلقة ذاتية}} (مدفوعات إلى الذات) تُعرض منفصلة، لا بوصفها حلقات.",
  receipts: "المقبوضات",
  closedLoops: "دوائر مغلقة (أموال لم تدخل ولم تخرج): {groups}",
  pValueLoops: "القيمة الاحتمالية (الحلقات)",
  loopNullIncomplete: "توقف بحث عن الحلقات في النموذج الصفري عند حدّه: القيم الاحتمالية للحلقات تقريبية.",
  circularityBinding:
    "وعلى الصفقات الملزمة وحدها (⁦--basis committed⁩): مضاعف {multiplier}، ومدفوعات بقيمة {inside} داخل الشبكة مقابل {outside} دخلت من خارجها، و{loops, plural, zero {لا حلقات} one {حلقة واحدة} two {حلقتان} few {# حلقات} many {# حلقةً} other {# حلقة}}.",
  loopSearchIncomplete: "توقف البحث عن الحلقات عند حدّه: حصص الحلقات حدود دنيا.",
  originsTitle: "من جهات أخرى (المزج النسبي) والسلاسل التي تنقلها",
  tracedShare: "عبر سلاسل بسيطة",
  chain: "السلسلة",
  chainShare: "الحصة من الأموال المارّة بها",
  loop: "الحلقة",
  comesBack: "يعود",
  entityCircularLine:
    "{entity}: الأموال المارّة بها {receipts} (مقبوضاتها مضافًا إليها أموالها الآتية من خارج الشبكة). أموالها العائدة عبر الحلقات {loops} ({amount})، وعدد الحلقات {count}؛ حصة المزج الذاتية {mixing}؛ من خارج الشبكة {outside}.",
  onNoLoop: "لا تقع على أي حلقة: لا يعود إليها شيء من أموالها.",
  noCashHere: "{entity} لا تدفع ولا تتلقى أي نقد في هذا العرض: لا شيء لتتبّعه.",
  pathsIncomplete: "توقف البحث عن السلاسل عند حدّه: حصص السلاسل حدود دنيا.",
  workersNeedGraph: "الخيار ‎--workers‎ لا يُستخدم إلا مع ‎--graph‎ (البحث عن الحلقات في ملف الشبكة الخاص بك)",
};
