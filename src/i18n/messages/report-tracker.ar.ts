import type { reportTrackerEn } from "./report-tracker.en.ts";
import type { Shape } from "./tree.ts";

export const reportTrackerAr: Shape<typeof reportTrackerEn> = {
  title: "من الحلقة الدائرية إلى التمويل الذاتي: المؤشرات الثلاثة لكل مشغّل",
  heading: "من الحلقة الدائرية إلى التمويل الذاتي: المؤشرات الثلاثة لكل مشغّل — بتاريخ {asOf}",
  operators: "أحدث قيمة لكل مؤشر",
  operator: "المشغّل",
  signals: {
    utilisation: "نسبة الاستغلال",
    "power-coverage": "تغطية عقود الطاقة",
    "usage-revenue-share": "الإيرادات المرتبطة بالاستخدام",
  },
  stage: "المرحلة",
  stages: {
    circular: "دائرية",
    transitioning: "في مرحلة انتقالية",
    "self-funding": "تمويل ذاتي",
    unknown: "غير معروفة",
  },
  basis: "(n/3)",
  absent: "غير متاح",
  thresholds:
    "يتحقق المؤشر عند: الاستغلال ≥ {utilisation}، تغطية الطاقة ≥ {powerCoverage}، الإيرادات المرتبطة بالاستخدام ≥ {usageRevenueShare} (عتبات اختارتها «حلقة»، محددة في ⁦data/ai-economy/money.yaml⁩؛ ⁦docs/methods/tracker.md⁩). يتطلب التمويل الذاتي تحقق الثلاثة؛ والمرحلة الانتقالية واحدًا على الأقل.",
  absentNote:
    "غير متاح: لا يذكر أي مصدر عام القيمة، فلا تُعرض (ولا تُقدَّر أبدًا). (n/3): عدد المؤشرات التي تستند إليها المرحلة. العلامة ≈ تدل على قيم مشتقة.",
  window:
    "النافذة الحرجة: {low}–{high} شهرًا من {start} (إعلان برودكوم) ← تنتهي بين {earliest} و{latest}؛ مضى {elapsed, plural, zero {{elapsed} شهر} one {شهر واحد} two {شهران} few {{elapsed} أشهر} many {{elapsed} شهرًا} other {{elapsed} شهر}}، وبقي {left, plural, zero {{left} شهر} one {شهر واحد} two {شهران} few {{left} أشهر} many {{left} شهرًا} other {{left} شهر}} على الأكثر.",
  history: "المشاهدات عبر الزمن",
  noObservations: "لا توجد مشاهدة عامة لأي مؤشر.",
  noneMeasured: "لا يذكر أي مصدر عام أي مؤشر لهؤلاء المشغّلين.",
  unreported: "لا يذكرها أي مصدر: {signals}.",
  silent:
    "لا يذكر أي مصدر أي مؤشر عن {count, plural, zero {# مشغّل} one {مشغّل واحد} two {مشغّلَين} few {# مشغّلين} many {# مشغّلًا} other {# مشغّل}} (المرحلة غير معروفة): {names}.",
  period: "الفترة",
  signal: "المؤشر",
  value: "القيمة",
  sources: "المصادر",
  note: "ملاحظة",
};
