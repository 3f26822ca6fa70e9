import type { cliExposureEn } from "./cli-exposure.en.ts";
import type { Shape } from "./tree.ts";

export const cliExposureAr: Shape<typeof cliExposureEn> = {
  none: "لا شيء",
  hhiLine:
    "مؤشر هيرفندال-هيرشمان {hhi} ({points} من {scale})، أي ما يعادل {equivalent} من الأطراف المتساوية.",
  fromInvestees: "إيرادات من الشركات التي تستثمر فيها",
  vendorFinancing: "نسبة تمويل المورّد",
  vendorFinancingLine: "استثماراتها في عملائها {invested} ÷ الإيرادات {revenue} = {ratio}.",
  offBalanceLine: "مجموع المبالغ المذكورة {total}؛ و{unpriced} تعهدًا بلا مبلغ في أي مصدر.",
  ranking: "مكانتها في الشبكة",
  rankLine:
    "الترتيب في PageRank رقم {pr}، وفي البينية رقم {bc}، وفي الحصة الدائرية رقم {circular} ({share}) من بين {of} جهة.",
  revenueShare: {
    ownMoneyBack:
      "ومن المقبوضات أموالها نفسها عائدةً إليها (بالتتبع النسبي لتدفقات كل سنة): {amount}، أي {share} من الإيرادات المُفصح عنها.",
    excessShort: "تتجاوز الإيرادات بنسبة {share}",
    datasetShare: "الحصة من تدفقات قاعدة البيانات",
    allYearsFromInvestees: "كل السنوات في قاعدة البيانات: {amount} من {from}.",
    flowsTitle: "{title}: كل سنوات التدفقات في قاعدة البيانات",
    title: "الحصة من الإيرادات المُفصح عنها، حسب السنة المالية",
    fiscalYear: "السنة المالية {year}",
    yearHeading: "{period}: من {start} إلى {end}{projected}",
    projected: " (تواريخ مُسقطة من آخر سنة مُفصح عنها)",
    revenueLine: "الإيرادات المُفصح عنها {revenue} (المصادر: {sources}).",
    unknown:
      "الإيرادات المُفصح عنها لهذه السنة غير معروفة: تضم قاعدة البيانات مقبوضات بقيمة {amount}، ولا تُحسب أي حصة.",
    windowUnknown: "تاريخ نهاية السنة المالية غير موجود في البيانات، فلا يمكن توزيع التدفقات عليها.",
    mapping: "تغطي الفترة {parts} (بالأيام)؛ ويُحسب كل تدفق بتواريخه داخل السنة.",
    fromInvestees: "من شركات تستثمر فيها: {amount}، أي {share} من الإيرادات المُفصح عنها ({from}).",
    excess:
      "مقبوضات قاعدة البيانات تتجاوز الإيرادات المُفصح عنها بمقدار {amount} ({share}): تدفقات الصفقات التزامات موزعة بالتساوي على السنوات، لا إيرادات مسجّلة عند التسليم.",
    hhiFloor:
      "مؤشر هيرفندال-هيرشمان للإيرادات لا يقل عن {hhi} (من أطراف قاعدة البيانات؛ والباقي خارجها يُعامل كعملاء صغار كثيرين).",
    financing: "وتلقت أيضًا {amount} استثمارات أو قروضًا من {from}: أموال واردة وليست إيرادات.",
    disclosed: "تركّز العملاء كما أفصحت عنه الشركة",
    otherDisclosures: "أرقام أخرى لحصص العملاء (ليست لسنة مالية مُفصح عنها)",
    noYears: "لا إيرادات مُفصح عنها ولا مقبوضات في قاعدة البيانات.",
  },
  published: "كما نُشر",
  missing: "ما ينقص البيانات",
};
