import type { reportRatiosEn } from "./report-ratios.en.ts";
import type { Shape } from "./tree.ts";

export const reportRatiosAr: Shape<typeof reportRatiosEn> = {
  title: "النسب المنشورة، محسوبة من جديد من البيانات",
  values: "كل نسبة بالوحدة التي نُشرت بها",
  ratio: "النسبة",
  multiple: "المضاعف",
  share: "الحصة",
  perGw: "الدولارات لكل جيجاوات",
  hhi: "مؤشر هيرفندال-هيرشمان (من 10,000)",
  inputs: "المدخلات",
  missing: "مدخلات ناقصة",
  formula: {
    commitmentsToRevenue: "التزامات الاستثمار ÷ آخر إيرادات سنوية (أو آخر ربع × 4)",
    dealFinancingToRevenue:
      "استثمارات إنفيديا وتمويلها وضماناتها المعلنة في الصفقات ÷ آخر إيرادات سنوية (أو آخر ربع × 4)",
    purchasesShare: "مشتريات مايكروسوفت من إنفيديا ÷ إيرادات إنفيديا (كما نُشرت)",
    paymentsToRevenue:
      "مدفوعات أوبن أيه آي المعلنة في الصفقات ÷ آخر إيرادات سنوية لأوبن أيه آي (والمدفوعات الملتزم بها إلى جانبها)",
    rpoToFcf:
      "التزامات الأداء المتبقية ÷ التدفق النقدي الحر (سالب: يكبر حجم الطلبات المتراكمة بينما يخرج النقد)",
    usdPerGw: "الوسيط عبر الصفقات لـ(الدولارات المعلنة ÷ الجيجاوات المعلنة)، للصفقات التي تذكر الاثنين",
    hhiNoPayments: "Σ (حصة العميل من الأعمال المتراكمة المتعاقد عليها)²",
    hhi: "Σ (حصة العميل من الأعمال المتراكمة المتعاقد عليها)²؛ الأعمال المتراكمة = المدفوعات الملتزم بها في الصفقات ناقص ما أُعلن دفعه حتى التاريخ (أو، إن لم يُعلن، ناقص ما انقضى من مدة العقد)",
  },
  note: {
    annualised:
      "قسم تونغوز على إيرادات إنفيديا السنوية للاثني عشر شهرًا الماضية؛ وحين لا تتضمن البيانات سوى إيرادات فصلية، يُحوَّل آخر ربع إلى رقم سنوي، مما يخفض النسبة ما دامت الإيرادات تنمو.",
    usdPerGwRange:
      "النطاق من {low} إلى {high} لكل جيجاوات عبر {count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتين} few {# صفقات} many {# صفقةً} other {# صفقة}}",
    concentration:
      "أكبر عميل {customer} {share}؛ العدد المكافئ من العملاء بحصص متساوية {equivalent}؛ {points} على مقياس من 0 إلى 10,000",
    reportedBacklog:
      "مقارنةً بالأعمال المتراكمة التي أفصحت عنها {entity} والبالغة {reported} ({period})، تضم الصفقات {inDeals} في {date}؛ ويقع {gap} ({gapShare} من الرقم المُفصح عنه) خارج الصفقات: عقود لا يحدد السجل العام قيمتها. حصة كل عميل من الأعمال المتراكمة المُفصح عنها:",
    reportedBacklogBelowDeals:
      "مقارنةً بالأعمال المتراكمة التي أفصحت عنها {entity} والبالغة {reported} ({period})، تضم الصفقات {inDeals} في {date}، أي بزيادة {gap} ({gapShare}) على الرقم المُفصح عنه: عقد محسوب مرتين أو غير مسجل ضمن الأعمال المتراكمة. حصة كل عميل من الأعمال المتراكمة المُفصح عنها:",
    reportedBacklogUnpriced: "عملاء لم يبقَ لهم في الصفقات عقد محدد القيمة (ضمن الفجوة): {customers}",
    reportedBacklogShare: "{customer}: {share} ({usd})",
  },
  input: {
    tunguz: "تونغوز: الالتزامات ÷ الإيرادات السنوية",
    nvidiaCommitments: "التزامات إنفيديا الاستثمارية",
    nvidiaFinancing:
      "تمويل إنفيديا المعلن لشركات أخرى ({count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}})",
    microsoftShareOfNvidia: "حصة مايكروسوفت من إيرادات إنفيديا",
    arabianBusinessEstimate: "أريبيان بزنس (تقدير خبراء)",
    openaiCommitted: "مدفوعات أوبن أيه آي الملتزم بها في الصفقات",
    openaiAnnounced: "مدفوعات أوبن أيه آي المعلنة في الصفقات",
    altmanCommitments: "ألتمان: التزامات البنية التحتية",
    oracleRpo: "التزامات الأداء المتبقية لأوراكل",
    oracleFcf: "التدفق النقدي الحر لأوراكل",
    annualRevenue: "إيرادات {entity}، {period}",
    annualisedRevenue: "إيرادات {entity}، {period} × 4",
    customerShare: "حصة {customer} من إيرادات {entity}",
    unnamedCustomerShare: "حصة أحد العملاء من إيرادات {entity}",
    largestCustomerBacklogShare: "حصة أكبر عميل من الطلبيات المتراكمة",
    dataLabel: "{label}",
    backlogShare: "{customer}: {share} من الأعمال المتراكمة المتعاقد عليها التي لم تُدفع بعد",
    reportedBacklog: "الأعمال المتراكمة المعلنة لـ{entity}، {period}",
    backlogContracted:
      "المتعاقد عليه في الصفقات ({count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}})",
    backlogPaid:
      "ناقص المدفوعات المعلنة حتى التاريخ ({count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}})",
    backlogElapsed:
      "ناقص ما انقضى من مدد العقود دون إعلان مدفوعات ({count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}})",
    backlogUntimed:
      "منها ما يُحتسب كاملًا: لا مدة ولا مدفوعات في البيانات، فما سُلّم حتى التاريخ غير معروف ({count, plural, zero {لا صفقات} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}})",
    usdPerGwDeal: "{deal}: {usd} مقابل {gw} جيجاوات",
    huangPerGw: "هوانغ: أنظمة إنفيديا لكل جيجاوات",
    openaiPerGw: "مسؤولو أوبن أيه آي: التكلفة الشاملة لكل جيجاوات",
    industryPerGw: "مسؤولو القطاع: لكل جيجاوات",
  },
  missingInput: {
    nvidiaCommitments: "التزامات إنفيديا الاستثمارية (البيانات المالية: التزامات إنفيديا الاستثمارية)",
    nvidiaRevenue: "إيرادات إنفيديا الفصلية",
    microsoftPurchases:
      "مشتريات مايكروسوفت من إنفيديا ليست ضمن الصفقات (لا يتضمن السجل العام عقدًا مسعّرًا من مايكروسوفت إلى إنفيديا)، لذا تُقرأ الحصة كما نُشرت ولا يمكن إعادة حسابها",
    openaiRevenue: "إيرادات أوبن أيه آي السنوية",
    oracleRpo: "التزامات الأداء المتبقية لأوراكل",
    oracleFcf: "التدفق النقدي الحر السنوي لأوراكل",
    noCommittedPayments: "لا مدفوعات ملتزم بها إلى {entity} في الصفقات",
    noPricedCapacity: "لا توجد صفقة تذكر مبلغًا بالدولار وقدرة بالجيجاوات معًا",
  },
  period: {
    fiscalYear: "السنة المالية {year}",
    quarter: "الربع {quarter, select, 1 {الأول} 2 {الثاني} 3 {الثالث} other {الرابع}} {year}",
    fiscalQuarter:
      "الربع {quarter, select, 1 {الأول} 2 {الثاني} 3 {الثالث} other {الرابع}} من السنة المالية {year}",
  },
  names: {
    "nvidia-commitments-to-revenue": "التزامات إنفيديا الاستثمارية ÷ إيراداتها",
    "nvidia-deal-financing-to-revenue": "تمويل إنفيديا لغيرها في الصفقات ÷ إيراداتها",
    "microsoft-share-of-nvidia-revenue": "حصة مايكروسوفت من إيرادات إنفيديا",
    "coreweave-customer-concentration": "تركّز عملاء كورويف (مؤشر هيرفندال-هيرشمان للأعمال المتراكمة)",
    "openai-commitments-to-revenue": "التزامات أوبن أيه آي ÷ إيراداتها",
    "oracle-rpo-to-fcf": "التزامات الأداء المتبقية لأوراكل ÷ تدفقها النقدي الحر",
    "usd-per-gw": "الدولارات لكل جيجاوات",
  },
};
