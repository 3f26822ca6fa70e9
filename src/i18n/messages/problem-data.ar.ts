import type { problemDataEn } from "./problem-data.en.ts";
import type { Shape } from "./tree.ts";

export const problemDataAr: Shape<typeof problemDataEn> = {
  "yaml-syntax": "خطأ في صياغة YAML: {detail}",
  "yaml-too-deep":
    "الملف متداخل بعمق لا تمكن قراءته (آلاف المستويات من القوائم أو الخرائط)؛ قلّل مستويات التداخل",
  required: "حقل مطلوب مفقود{field, select, none {} other {: {field}}}",
  "invalid-type": "المتوقع {expected}، والموجود {received}",
  "invalid-type-word":
    "{type, select, object {مجموعة مفاتيح وقيم} list {قائمة} array {قائمة} mapping {مجموعة مفاتيح وقيم} record {مجموعة مفاتيح وقيم} string {نص} text {نص} number {رقم} int {عدد صحيح} boolean {قيمة منطقية (true أو false)} null {قيمة فارغة (null)} undefined {لا شيء} shapes {أحد عدة أشكال} other {قيمة من نوع {type}}}",
  "unknown-field": "حقل غير معروف: {keys}",
  "not-finite":
    "يُقرأ هذا الرقم {value}، لا مبلغًا محدودًا (⁦1e309⁩ يتجاوز أكبر رقم يحفظه الحاسوب، و⁦.inf⁩ و⁦.nan⁩ ليسا مبلغين)؛ اكتب رقمًا عاديًا",
  "invalid-enum": "يجب أن تكون القيمة إحدى: {values}",
  "invalid-value": "قيمة غير صالحة",
  "too-small": "القيمة أصغر أو أقصر من المسموح (الحد الأدنى {minimum})",
  "too-big": "القيمة أكبر أو أطول من المسموح (الحد الأقصى {maximum})",
  "invalid-format": "ليست صيغة {format} صحيحة",
  "invalid-id":
    "المعرّفات بصيغة kebab-case: حروف لاتينية صغيرة وأرقام تفصل بينها شرطات (مثل nvidia-openai-loi)",
  "invalid-date":
    "ليس تاريخًا بصيغة ISO (YYYY أو YYYY-MM أو YYYY-MM-DD):{value, select, none {} other { {value}}}",
  "invalid-period": "ليست فترة صحيحة (2024، 2025-H1، 2025-Q3، FY2026، FY2026-Q3، 2025-2028)",
  "missing-arabic": "يجب أن يُكتب الاسم العربي بالحروف العربية",
  "figure-empty": "الرقم يحتاج إلى قيمة (value) أو حد أدنى (low) و/أو حد أعلى (high)",
  "figure-unsourced": "كل رقم يحتاج إلى معرّف مصدر واحد على الأقل في `sources`",
  "deal-unsourced": "كل صفقة تحتاج إلى معرّف مصدر واحد على الأقل في `sources`",
  "negative-amount": "لا يجوز أن يكون المبلغ سالبًا ({value})",
  "low-above-high": "الحد الأدنى ({low}) أكبر من الحد الأعلى ({high})",
  "value-outside-range":
    "القيمة {value} خارج نطاقها [{low, select, none {…} other {{low}}}، {high, select, none {…} other {{high}}}]",
  "percent-over-100": "لا يجوز أن تتجاوز النسبة المئوية 100 ({value})",
  "stakes-over-100": "مجموع حصص الرعاة {total}%، أي أكثر من 100%",
  "unit-kind-mismatch": "الوحدة {unit} لا تناسب تدفقًا من نوع {kind}",
  "self-flow": "لا يجوز أن يتدفق شيء من {entity} إلى نفسه",
  "flow-empty":
    "التدفق يحتاج إلى واحدة على الأقل من: المُعلن (announced) أو الملتزم به (committed) أو المدفوع (paid)",
  "schedule-duplicate-year": "السنة {year} مكررة في الجدول الزمني",
  "period-overdetermined": "حدِّد إما `end` أو `years`، لا كليهما",
  "period-end-before-start": "تنتهي الفترة ({end}) قبل أن تبدأ ({start})",
  "status-out-of-order": "سجل الحالة غير مرتب زمنيًا: {date} يأتي بعد {previous}",
  "source-unlocated": "المصدر يحتاج إلى رابط (`url`) أو ملف (`file`)",
  "duplicate-id": 'المعرّف "{id}" مكرر في {collection} (عُرِّف أولًا في {firstFile})',
  "unknown-source": 'مصدر غير معروف "{id}"',
  "unknown-entity": 'جهة غير معروفة "{id}"',
  "unknown-deal": 'صفقة غير معروفة "{id}"',
  "ambiguous-entity": '"{id}" يطابق أكثر من جهة: {matches}',
  "date-order": "تبدأ الفترة ({since}) بعد أن تنتهي ({until})",
  "link-missing-deal": 'الرابط يشير إلى صفقة غير موجودة: "{id}"',
  "link-to-self": 'لا يجوز أن ترتبط الصفقة بنفسها ("{id}")',
  "duplicate-figure":
    "الرقم {entity} {metric} {period} مُدخل مرتين (أولًا في {firstFile})؛ ضع الأرقام المتعارضة في `alternatives`",
  "dir-not-found": "مجلد البيانات غير موجود: {dir}",
  "dir-is-file": "{dir} ملف وليس مجلدًا؛ اذكر مجلد البيانات الذي يحويه",
  "no-data-files": "لا توجد ملفات ⁦.yaml⁩ في {dir}",
  "file-unreadable": "تعذّرت قراءة الملف: {detail}",
  "file-empty": "الملف فارغ",
  "parameter-missing": "لا تتضمن البيانات المعامل {ids} الذي يحتاجه هذا التحليل: أضِفه إلى معاملات البيانات",
  "collection-missing":
    "{references} إحالة تسمّي {ids} سجلًا من {collection} لا يعرّفها أي ملف (مثل {examples})، بينما لا تعرّف الملفات سوى {defined}: هل فُقد ملف؟ (تحفظها البيانات المرفقة في {collection, select, sources {sources/} other {{collection}.yaml}})؛ لن تُسرد الإحالات منفردة حتى يُستعاد",
  "yaml-alias-limit":
    "يوسّع ملف YAML أكثر من {limit} إحالة (⁦*name⁩)؛ تتوقف «حلقة» عند هذا الحد، إذ قد تتضخم بضعة أسطر إلى جيجابايتات",
  "invalid-utf8":
    "النص ليس بترميز UTF-8: البايتات بدءًا من البايت {offset} (العدّ من 0) لا تشكّل حرفًا صالحًا؛ احفظه بترميز UTF-8 (لا تخمّن «حلقة» الترميز، إذ قد يُقرأ اسمان مختلفان عندئذ اسمًا واحدًا)",
  "file-missing": "الملف غير موجود (تحقّق من المسار)",
  "file-is-directory": "هذا مجلد وليس ملفًا",
  "file-permission": "الإذن مرفوض: لا يحق لـ«حلقة» قراءة هذا الملف",
};
