import type { cliSummaryEn } from "./cli-summary.en.ts";
import type { Shape } from "./tree.ts";

export const cliSummaryAr: Shape<typeof cliSummaryEn> = {
  valid:
    "البيانات سليمة: {files, plural, zero {{files} ملف} one {ملف واحد} two {ملفان} few {{files} ملفات} many {{files} ملفًا} other {{files} ملف}}، {records, plural, zero {{records} سجل} one {سجل واحد} two {سجلان} few {{records} سجلات} many {{records} سجلًا} other {{records} سجل}}{translations, plural, zero {} one {، والترجمة العربية لنص واحد} two {، والترجمة العربية لنصين} few {، والترجمة العربية لـ{translations} نصوص} many {، والترجمة العربية لـ{translations} نصًا} other {، والترجمة العربية لـ{translations} نص}}.",
  invalid:
    "{count, plural, zero {{count} مشكلة} one {مشكلة واحدة} two {مشكلتان} few {{count} مشكلات} many {{count} مشكلةً} other {{count} مشكلة}} في {files, plural, zero {{files} ملف} one {ملف واحد} two {ملفان} few {{files} ملفات} many {{files} ملفًا} other {{files} ملف}}.",
  summaryTitle: "«حلقة» — اقتصاد الذكاء الاصطناعي الدائري، من البيانات المرفقة",
  counts: "محتوى قاعدة البيانات",
  reportedHint:
    "يحتسب الأمران ⁦halqa flows⁩ و⁦halqa loops⁩ الصفقات التي لا تستند إلا إلى تقارير صحفية مع الخيار ⁦--include-reported⁩.",
  entitiesByKind: "الجهات حسب النوع",
  dealsByType: "الصفقات حسب النوع",
  dealsByStatus: "الصفقات حسب الحالة",
  excluded:
    "استُبعد {count, plural, zero {{count} تدفق} one {تدفق واحد} two {تدفقان} few {{count} تدفقات} many {{count} تدفقًا} other {{count} تدفق}} على هذا الأساس ({reasons})؛ يسردها الخيار ⁦--json⁩.",
  listSeparator: "، ",
  restsOn: "تستند إلى: {what}",
  financingReplaced: "صفقة شراء حلّت محل تمويلها صفقة لاحقة",
  announcementOnly: "إعلان لم يُوقَّع بعد",
  records: {
    sources: "مصادر",
    entities: "جهات",
    deals: "صفقات",
    flows: "تدفقات",
    figures: "أرقام موثقة بمصادرها",
    financials: "بيانات مالية",
    indicators: "مؤشرات",
    sites: "مواقع",
    parameters: "معاملات",
  },
  totalNames: {
    payments: "المدفوعات",
    liabilities: "الالتزامات",
    shortfall: "العجز",
    externalPaid: "المدفوع للدائنين من خارج الشبكة",
    defaults: "حالات التعثر",
    equity: "حقوق الملكية",
    interbankLoss: "الخسارة على المطالبات داخل الشبكة",
    rounds: "الجولات",
    debtRank: "مؤشر DebtRank",
    initialLoss: "الخسارة الأولية",
    totalLoss: "إجمالي الخسارة",
    distressed: "جهات تحت الضغط",
    defaulted: "جهات متعثرة",
    failures: "حالات الإخفاق",
    waves: "الموجات",
    totalValue: "إجمالي القيمة",
    failureCosts: "تكاليف الإخفاق",
    equityValue: "قيمة حقوق الملكية",
    debtValue: "قيمة الديون",
  },
  noFlows: "لا توجد تدفقات مطابقة.",
};
