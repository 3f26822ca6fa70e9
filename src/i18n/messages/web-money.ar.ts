import type { Shape } from "./tree.ts";
import type { webMoneyEn } from "./web-money.en.ts";

export const webMoneyAr: Shape<typeof webMoneyEn> = {
  money: {
    heading: "المال: هل يمكن تمويل هذا التوسّع؟",
    intro:
      "تحليلات «الإيرادات اللازمة» المنشورة، يُعاد حسابها في متصفحك من مدخلاتها الموثّقة. غيّر أي مدخل: تتبعه كل نتيجة وكل رسم، وتبقى كل نتيجة بجوار الرقم الذي نشره مصدرها.",
    results: "النتائج",
    input: "المدخل",
    dataValue: "في البيانات: {value}",
    reset: "استعادة",
    resetLabel: "استعادة قيمة {name} كما في البيانات",
    resetAll: "استعادة كل المدخلات",
    estimate: "≈ تقدير",
    recomputed: "المُعاد حسابه",
    check: "المطابقة",
    comparison: "للمقارنة",
    missing: "ناقص في البيانات: {ids}",
    waterfall: "شلال التمويل لدى مورغان ستانلي",
    waterfallLabel:
      "إنفاق على مراكز البيانات قدره {spend}: {cash} من التدفق النقدي لكبار مزوّدي السحابة، وفجوة تمويل قدرها {gap} موزّعة حسب المصدر",
    spend: "الإنفاق",
    internalCash: "التدفق النقدي لكبار مزوّدي السحابة",
    unexplained: "غير مفسَّر",
    waterfallSources: {
      "morgan-stanley-gap-private-credit": "الائتمان الخاص",
      "morgan-stanley-gap-pe-sovereign": "الملكية الخاصة والصناديق السيادية",
      "morgan-stanley-gap-corporate-debt": "ديون الشركات",
      "morgan-stanley-gap-abs-cmbs": "الأوراق المالية المدعومة بالأصول",
    },
    depreciation: "الإهلاك السنوي للإنفاق الرأسمالي على الحوسبة في 2026 حسب العمر الإنتاجي",
    depreciationLabel: "الإهلاك السنوي بأعمار إنتاجية قدرها {lives} سنوات",
    lifeYears: "عمر {life} سنوات",
    unitHeading: "اقتصاديات الوحدة",
    fundingHeading: "فجوة التمويل لكل جهة",
    fundingElsewhere:
      "الالتزامات المستحقة مقابل النقد التشغيلي والتمويل، ومدة الصمود، والنمو الذي يسدّ الفجوة لكل جهة، في صفحة التمويل.",
    fundingLink: "افتح صفحة التمويل",
  },
  tracker: {
    heading: "المتتبّع: من الدائرية إلى التمويل الذاتي",
    intro:
      "ثلاث إشارات تبيّن هل يأتي مال المشغّل من العملاء لا من شركائه: استغلال مراكز البيانات، وتغطية عقود الطاقة، وحصة الإيرادات من عقود مؤسسية مرتبطة بالاستخدام. القيمة التي لا يذكرها مصدر علني تظهر غائبة، ولا تظهر صفرًا أبدًا.",
    basedOn: "{count} من 3 إشارات معروفة",
    absent: "غائبة",
    thresholds: "العتبات",
    thresholdLine: "العتبة",
    threshold: "{signal}: تتحقق عند {value} فأكثر",
    rule: "التمويل الذاتي يتطلب تحقق الإشارات الثلاث؛ والتحوّل تحقق واحدة على الأقل؛ والدائرية ألا تتحقق أي إشارة معروفة.",
    window: "النافذة الحرجة",
    windowText:
      "{low}–{high, plural, zero {# شهر} one {# شهر} two {# شهر} few {# أشهر} many {# شهرًا} other {# شهر}} من {start} (إعلان OpenAI مع برودكوم): تُغلق بين {earliest} و{latest}. مضى {elapsed, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}؛ ويبقى {left, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}} على الأكثر.",
    windowLabel:
      "مضى {elapsed} من {high, plural, zero {# شهر} one {شهر واحد} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}} على الأكثر",
    chart: "{signal} عبر الزمن",
    chartLabel:
      "{signal}: {count, plural, zero {# ملاحظة} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظةً} other {# ملاحظة}} من {operators, plural, zero {# مشغّل} one {مشغّل واحد} two {مشغّلين} few {# مشغّلين} many {# مشغّلًا} other {# مشغّل}}",
    noValues: "لا قيمة علنية لأي مشغّل في {signal} بعد: لا شيء يُرسم.",
    history: "الملاحظات",
    onlyObserved: "المشغّلون الذين لهم ملاحظة واحدة على الأقل؛ ولا ملاحظات للباقين.",
    all: "كل المشغّلين",
  },
  market: {
    heading: "السوق: التركّز وصندوق المؤشر داخل الحلقة",
    intro:
      "كم من مكاسب السوق وإنفاقه الرأسمالي يتركّز في شركات قليلة، وكم من صندوق سلبي يتبع مؤشر S&P 500 (حساب تقاعد 401(k)) مستثمر في شركات تشارك في الحلقة.",
    concentration: "التركّز كما نُشر",
    fund: "صندوق المؤشر والحلقة",
    share: "حصة الصندوق داخل الحلقة: {share}",
    covered: "تغطي الحيازات المدرجة {covered} من المؤشر (في {asOf})؛ والباقي لا يُحتسب.",
    measure: "مقياس الانكشاف",
    measures: {
      membership: "العضوية: الشركة الواقعة على أي حلقة مالية تُحتسب كاملة",
      "revenue-share": "حصة الإيرادات: المقبوضات على خطوات الحلقة هذا العام ÷ الإيرادات",
    },
    weight: "الوزن في المؤشر (%)",
    exposure: "الانكشاف على الحلقة (%)",
    contribution: "حصة الصندوق داخل الحلقة",
    absent: "غائب",
    fromFile: "من ملفك",
    weightLabel: "وزن {name} في المؤشر، بالنسبة المئوية",
    exposureLabel: "انكشاف {name} على الحلقة، بالنسبة المئوية",
    reset: "استعادة الجدول",
    chart: "من أين تأتي حصة الصندوق داخل الحلقة",
    chartLabel: "حصة الصندوق داخل الحلقة حسب الشركة، {share} إجمالًا",
    upload: "أرقامك أنت",
    uploadHelp:
      "اختر ملف CSV من حاسوبك: يُقرأ داخل هذه الصفحة ولا يغادرها. الأوزان: entity,weight[,index,asOf,source,estimate,note] بالنسبة المئوية من المؤشر. الانكشاف: entity,exposure[,note,source] بالنسبة المئوية من الشركة.",
    weightsFile: "ملف الأوزان CSV",
    exposureFile: "ملف الانكشاف CSV",
    clear: "العودة إلى اللقطة المرفقة",
    loaded:
      "{file}: قُرئ {count, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}.",
    problems:
      "{file}: {count, plural, zero {# مشكلة} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}؛ لم يتغيّر شيء.",
    line: "السطر {line}",
    tooLarge: "{file} أكبر من {limit}: اختر ملفًا أصغر.",
    snapshotFailed: "تعذّر تحميل أوزان المؤشر: {reason}",
    measureNotes: {
      membership:
        "العضوية حدٌّ أعلى: جزء الصندوق المستثمر في شركات تشارك في الحلقة أصلًا. حصة الإيرادات قراءة أضيق حيث تتوفر الإيرادات في البيانات؛ ويمكنك أيضًا كتابة انكشافاتك أو رفعها من ملف.",
      "revenue-share":
        "حصة الإيرادات غائبة حيث لا تتوفر في البيانات إيرادات سنوية للشركة (تُحتسب صفرًا): النتيجة حدٌّ أدنى.",
    },
    choose: "اختر ملفًا…",
  },
};
