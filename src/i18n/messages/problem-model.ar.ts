import type { problemModelEn } from "./problem-model.en.ts";
import type { Shape } from "./tree.ts";

export const problemModelAr: Shape<typeof problemModelEn> = {
  "not-positive": "يجب أن تكون القيمة أكبر من صفر (القيمة المعطاة {value})",
  negative: "يجب ألا تقل القيمة عن صفر (القيمة المعطاة {value})",
  "out-of-range":
    "يجب أن تقع القيمة بين {min} و{max}{maxExcluded, select, true {، دون {max} نفسها} other {}} (القيمة المعطاة {value})",
  "not-whole-number": "يجب أن تكون القيمة عددًا صحيحًا لا يقل عن {min} (القيمة المعطاة {value})",
  "not-safe-integer": "يجب أن تكون القيمة عددًا صحيحًا أصغر من 2^53 (القيمة المعطاة {value})",
  "not-finite": "يجب أن تكون القيمة عددًا محددًا (القيمة المعطاة {value})",
  "range-reversed": "يبدأ النطاق بعد نهايته ({start} بعد {end})",
  "unknown-option": "خيارات لا يقبلها هذا النموذج: {options} (خياراته: {allowed})",
  "invalid-option": "القيمة {value} ليست من القيم المقبولة: {allowed}",
  "unknown-node": "لا توجد في الشبكة عقدة باسم «{node}»",
  "self-holding": "العقدة {node} تحوز حصة في نفسها ({kind})",
  "over-held": "يحوز الآخرون {share} من العقدة {node}، أي أكثر من 100%",
  "missing-parameter":
    "لا تتضمن البيانات المعامل «{parameter}» الذي يحتاجه هذا التحليل (أضفه إلى معاملات البيانات أو حدّده في السيناريو)",
  "missing-volatility": "لا توجد للعقدة {node} قيمة للتقلب، وهي لازمة لتقييم بلاك-كوكس",
  "invalid-date": "«{value}» ليس تاريخًا بصيغة ISO مثل 2026-06-30",
  "invalid-period": "«{value}» ليس فترة مثل 2026 أو 2026-Q1 أو 2025-H2",
  "invalid-amount": "يجب أن تكون المبالغ أعدادًا محددة لا تقل عن صفر (القيمة المعطاة {value})",
  "zero-total": "مجموع المبالغ صفر، فلا حصص يمكن حسابها",
  "weights-over-total": "مجموع الأوزان {total}، أي أكثر من 100%",
  "shares-not-summing-to-one": "مجموع الحصص {total} وليس 100%",
  "invalid-shard": "الجزء {index} من {count} غير موجود",
  "not-in-static-mode": "هذا الخيار متاح في البحث الزمني فقط",
  "invalid-band": "يجب أن يكون النطاق 0 ≤ الأدنى ≤ الأعلى < ∞ (القيمة المعطاة من {low} إلى {high})",
  "no-convergence":
    "لم يتقارب {method} خلال {iterations, plural, zero {# تكرار} one {تكرار واحد} two {تكرارين} few {# تكرارات} many {# تكرارًا} other {# تكرار}} (آخر تغيّر {residual}، والحد المسموح {tolerance})",
  bug: "أوقف خطأ غير متوقع هذا التحليل؛ هذا خلل في «حلقة» لا في مدخلاتك — يُرجى الإبلاغ عنه",
  sample: "العينة {sample} (بذرة التشغيل {seed}، بذرة العينة {sampleSeed}): {fault}",
};
