import type { cliMoneyCommandsEn } from "./cli-money-commands.en.ts";
import type { Shape } from "./tree.ts";

export const cliMoneyCommandsAr: Shape<typeof cliMoneyCommandsEn> = {
  result: "النتيجة",
  value: "القيمة",
  reproduced: "مطابق",
  differs: "مختلف",
  sources: "المصادر",
  missing: "غير موجود في البيانات",
  edited: "معدَّل",
  editHint:
    "غيّر أي مُدخل بـ ⁦--set⁩ KEY=VALUE (يمكن تكراره؛ تصلح 600B و6.5T و1e12؛ والنسب المئوية تُكتب 12 لـ12%). العلامة ≈ تدل على التقديرات. يعطي ⁦--json⁩ كل رقم وكل مفتاح.",
  analyses: {
    "subsidy-ratio": "تكلفة الحوسبة لكل دولار من الإيرادات (نسبة الدعم)",
    "startup-compute": "إنفاق الشركات الناشئة على السحابة والنماذج؛ تكاليف الحوسبة المؤسسية",
    "jpmorgan-revenue-for-return": "جيه بي مورغان (نوفمبر 2025): الإيرادات اللازمة لعائد 10% على التوسع",
    "bain-revenue-needed": "باين (سبتمبر 2025): الإيرادات اللازمة بحلول 2030 والعجز",
    "sequoia-revenue-question": "سيكويا / ديفيد كان: سؤال إيرادات الذكاء الاصطناعي",
    "morgan-stanley-waterfall": "مورغان ستانلي (يوليو 2025): شلال مصادر التمويل 2025–2028",
    "depreciation-life": "حساسية الإهلاك للعمر الإنتاجي (بيري، نوفمبر 2025)",
  },
  formulas: {
    "subsidy-ratio":
      "تكلفة الحوسبة ÷ الإيرادات للكيان والفترة نفسيهما؛ فوق 1× يكلّف كل دولار إيرادات أكثر من دولار حوسبة",
    "startup-compute": "حصة كروز ÷ 100؛ قبل عامين = الحصة ÷ المضاعف؛ معدل IBM السنوي = (1 + 90%)^(1/2) − 1",
    "jpmorgan-revenue-for-return":
      "الإيرادات = العائد × الإنفاق الرأسمالي ÷ حصة الإيرادات المتبقية للمستثمرين؛ المستخدمون الضمنيون = الإيرادات ÷ (12 × الدفعة الشهرية)",
    "bain-revenue-needed":
      "الإيرادات اللازمة = الإنفاق الرأسمالي ÷ نسبة الإنفاق إلى الإيرادات؛ العجز = الإيرادات اللازمة − الإيرادات الممكن تمويلها",
    "sequoia-revenue-question":
      "الإيرادات اللازمة = المعدل السنوي ÷ حصة وحدات المعالجة من تكلفة المركز ÷ (1 − هامش المستخدم النهائي) = المعدل × 2 × 2",
    "morgan-stanley-waterfall":
      "الفجوة = الإنفاق − التدفق النقدي للشركات السحابية الكبرى؛ حصة كل مصدر من الفجوة؛ غير المفسَّر = الفجوة − مجموع المصادر",
    "depreciation-life":
      "الإنفاق الرأسمالي على الحوسبة (2025 وتوجيهات 2026) × حصة الحوسبة، إهلاك بالقسط الثابت من سنة الشراء؛ الإهلاك غير المحتسب = الإهلاك بالعمر القصير − بالعمر الطويل، 2026–2028",
  },
  notes: {
    "jpmorgan-revenue-for-return":
      "حصة الإيرادات المتبقية للمستثمرين غير مذكورة في التغطية الصحفية للتقرير: استنتجها halqa (≈). يقدّر Tom's Hardware مستخدمي آيفون بنحو 1.5 مليار ومشتركي نتفليكس بأكثر من 300 مليون.",
    "bain-revenue-needed":
      "نسبة الإنفاق الرأسمالي إلى الإيرادات لدى باين والإيرادات الممكن تمويلها غير مذكورتين في التغطية: استنتجهما halqa (≈).",
    "sequoia-revenue-question":
      "يستخدم عاما 2023 و2024 المعدلين اللذين ذكرهما كان؛ ويستخدم 2025 آخر ربع معلن لإيرادات مراكز البيانات لدى إنفيديا × 4 من البيانات المالية، فلا يلزم أن يطابق الرقم المنشور (نحو 840 مليار دولار).",
    "depreciation-life":
      "لم ينشر بيري مدخلاته: يُعرض رقمه البالغ 176 مليار دولار للمقارنة لا لإعادة الحساب. لا تضم البيانات إنفاقًا رأسماليًا لعامي 2027–2028، فاستُبعدت تلك السنوات (ما يقلل الفرق).",
  },
  outputs: {
    "subsidy-ratio": "{entity}، {period}: تكلفة الحوسبة لكل دولار إيرادات",
    "subsidy-ratio-illustrative": "مثال المقال («120 دولارًا من الحوسبة لمشكلة بـ100 دولار»)",
    "compute-per-revenue-dollar": "الشركات الناشئة: الإنفاق على السحابة والنماذج لكل دولار إيرادات (كروز)",
    "compute-share-two-years-earlier": "الحصة نفسها قبل عامين",
    "compute-cost-growth-per-year": "النمو السنوي لتكاليف الحوسبة المؤسسية {from}–{to} (IBM)",
    "revenue-needed-per-year": "الإيرادات السنوية اللازمة",
    "implied-iphone-users": "عدد مستخدمي آيفون الضمني عند 34.72 دولارًا شهريًا",
    "implied-netflix-subscribers": "عدد مشتركي نتفليكس الضمني عند 180 دولارًا شهريًا",
    "revenue-shortfall": "العجز",
    "revenue-question": "سؤال الإيرادات، {vintage}",
    "financing-gap": "فجوة التمويل",
    "gap-share": "الحصة من الفجوة: {source}",
    "gap-unexplained": "ما لا تفسره المصادر المذكورة من الفجوة",
    "understated-depreciation":
      "الإهلاك غير المحتسب {from}–{to} (عمر {short, plural, zero {{short} سنة} one {سنة واحدة} two {سنتان} few {{short} سنوات} many {{short} سنةً} other {{short} سنة}} مقابل {long, plural, zero {{long} سنة} one {سنة واحدة} two {سنتان} few {{long} سنوات} many {{long} سنةً} other {{long} سنة}})",
    "depreciation-per-year":
      "الإهلاك السنوي لإنفاق الحوسبة في {year} بعمر {life, plural, zero {{life} سنة} one {سنة واحدة} two {سنتان} few {{life} سنوات} many {{life} سنةً} other {{life} سنة}}",
  },
  inputs: {
    "entity-compute-cost": "{entity}: تكلفة الحوسبة، {period}",
    "entity-revenue": "{entity}: الإيرادات، {period}",
    "nvidia-dc-run-rate-latest": "آخر ربع معلن لإيرادات مراكز البيانات لدى إنفيديا × 4",
    "compute-share-of-capex":
      "حصة الحوسبة (العتاد) من الإنفاق على مراكز البيانات (1.6 من 2.9 تريليون دولار لدى مورغان ستانلي)",
  },
  signal: "المؤشر",
  signals: {
    utilisation: "نسبة الاستغلال",
    "power-coverage": "تغطية عقود الطاقة",
    "usage-revenue-share": "الإيرادات المرتبطة بالاستخدام",
  },
  stages: {
    circular: "دائرية",
    transitioning: "في مرحلة انتقالية",
    "self-funding": "تمويل ذاتي",
    unknown: "غير معروفة",
  },
  fileInvalid:
    "{file}: {count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}}؛ لم يُحسب شيء.",
  units: {
    years: "سنوات",
    months: "أشهر",
  },
};
