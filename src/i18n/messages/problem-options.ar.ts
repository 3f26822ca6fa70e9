import type { problemOptionsEn } from "./problem-options.en.ts";
import type { Shape } from "./tree.ts";

export const problemOptionsAr: Shape<typeof problemOptionsEn> = {
  "option-choice": 'يجب أن تكون قيمة ⁦{option}⁩ إحدى القيم ⁦{values}⁩ (وردت ⁦"{value}"⁩)',
  "option-year": 'يجب أن تكون قيمة ⁦{option}⁩ سنة من أربعة أرقام (وردت ⁦"{value}"⁩)',
  "option-date": 'يجب أن تكون قيمة ⁦{option}⁩ تاريخًا بالصيغة ⁦2026-06-30⁩ (وردت ⁦"{value}"⁩)',
  "option-positive-int": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا صحيحًا موجبًا (وردت ⁦"{value}"⁩)',
  "option-whole": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا صحيحًا لا يقل عن صفر (وردت ⁦"{value}"⁩)',
  "option-non-negative": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا غير سالب (وردت ⁦"{value}"⁩)',
  "option-integer": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا صحيحًا (وردت ⁦"{value}"⁩)',
  "option-months": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا صحيحًا من الأشهر (وردت ⁦"{value}"⁩)',
  "option-growth": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا أكبر من ⁦-1⁩، مثل ⁦0.5⁩ لنمو نسبته 50% (وردت ⁦"{value}"⁩)',
  "option-growth-too-large":
    "بنموٍّ قدره ⁦{value}⁩ (⁦{option}⁩) تتجاوز الإيرادات خلال الفترة أكبر عدد يحمله الحاسوب، فتُقرأ لانهاية؛ اختر نموًا أصغر",
  "option-fraction": 'يجب أن تكون قيمة ⁦{option}⁩ بين صفر وواحد (وردت ⁦"{value}"⁩)',
  "option-duration": 'يجب أن تكون قيمة ⁦{option}⁩ مدة مثل ⁦365d⁩ أو ⁦12w⁩ أو ⁦24h⁩ (وردت ⁦"{value}"⁩)',
  "option-too-large": "قيمة ⁦{option}⁩ كبيرة جدًا: ⁦{value}⁩ يتجاوز ⁦{max}⁩، وهو أكبر عدد صحيح تحسبه «حلقة» بدقة",
  "option-span":
    "النافذة من {from} إلى {to} تتجاوز {max, plural, zero {# سنة} one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}: اختر نافذة لا تتجاوز {max, plural, zero {# سنة} one {سنة واحدة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}",
  "option-at-least": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا صحيحًا لا يقل عن ⁦{min}⁩ (وردت ⁦"{value}"⁩)',
  "option-range": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا صحيحًا من ⁦{min}⁩ إلى ⁦{max}⁩ (وردت ⁦"{value}"⁩)',
  "option-assignment":
    'يأخذ ⁦--set⁩ الصيغة ⁦KEY=NUMBER⁩، مثل ⁦jpmorgan-target-return=12⁩ أو ⁦bain-dc-capex-per-year-2030=600B⁩ (ورد ⁦"{value}"⁩)',
  "option-set-unread": "⁦--set⁩: لا يقرأ أي تحليل ⁦{unread}⁩؛ والمفاتيح هي: ⁦{keys}⁩",
  "option-order": "سنة البداية ⁦--from⁩ ({from}) تأتي بعد سنة النهاية ⁦--to⁩ ({to})",
  "option-year-and-range": "حدّد ⁦--year⁩ أو ⁦--from/--to⁩، لا الاثنين معًا",
  "option-port": 'يجب أن يكون المنفذ ⁦--port⁩ بين 0 و65535 (ورد ⁦"{value}"⁩)',
  "option-positive-years": 'يجب أن تكون قيمة ⁦{option}⁩ عددًا موجبًا من السنوات (وردت ⁦"{value}"⁩)',
  "option-id-or-rank": "حدّد معرّف جهة، أو أضف ⁦--rank⁩",
  "serve-port-in-use": "المنفذ {port} مشغول: جرّب ⁦--port 0⁩ أو منفذًا آخر",
  "serve-port-denied": "لا إذن بالاستماع على المنفذ {port}",
  "output-written": "كُتب الملف ⁦{file}⁩",
  "output-write-failed":
    "تعذّرت كتابة ⁦{file}⁩: {reason, select, EACCES {لا إذن بالكتابة} EPERM {لا إذن بالكتابة} ENOSPC {القرص ممتلئ} EDQUOT {نفدت حصة القرص} EROFS {نظام الملفات للقراءة فقط} ENOENT {لا يقبل مجلده ملفات جديدة} other {⁦{detail}⁩}}؛ ولم يتغير شيء",
  "option-needs": "لا أثر لـ⁦{option}⁩ من دون ⁦{needs}⁩: أضف ⁦{needs}⁩ أو احذف ⁦{option}⁩",
  "option-either": "حدّد ⁦{first}⁩ أو ⁦{second}⁩، لا الاثنين معًا",
  "option-shard": 'يجب أن تكون قيمة ⁦--shard⁩ بالصيغة ⁦i/n⁩ حيث ⁦0 ≤ i < n⁩، مثل ⁦0/4⁩ (وردت ⁦"{value}"⁩)',
  "option-shard-static": "يقسّم ⁦--shard⁩ السجل بحسب الزمن، فيُستخدم مع ⁦--temporal⁩ لا مع ⁦--static⁩",
  "option-size": 'يجب أن تكون قيمة ⁦{option}⁩ حجمًا مثل ⁦512MB⁩ أو ⁦4GB⁩ (وردت ⁦"{value}"⁩)',
  "option-retention":
    'يجب أن تكون قيمة ⁦--retention⁩ بالصيغة ⁦low..high⁩ حيث ⁦0 < low ≤ high⁩، مثل ⁦0.8..1.0⁩ (وردت ⁦"{value}"⁩)',
  "option-out-format": 'يجب أن ينتهي اسم ملف ⁦--out⁩ بأحد الامتدادات ⁦{extensions}⁩ (ورد ⁦"{value}"⁩)',
};
