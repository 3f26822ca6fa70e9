import type { reportPowerEn } from "./report-power.en.ts";
import type { Shape } from "./tree.ts";

export const reportPowerAr: Shape<typeof reportPowerEn> = {
  ownGw: "جيجاوات كما أُعلنت",
  sameAsItem: "{gw} في {campus}",
  sameAsList: "{first}؛ {rest}",
  sites: "{first} + {rest}",
  kinds: {
    grid: "الشبكة",
    "onsite-gas": "غاز في الموقع",
    "onsite-other": "توليد آخر في الموقع",
    "ppa-gas": "اتفاقية شراء طاقة غازية",
    "ppa-nuclear": "اتفاقية شراء طاقة نووية",
    "ppa-renewable": "اتفاقية شراء طاقة متجددة",
    "ppa-other": "اتفاقية شراء طاقة أخرى",
    ppa: "اتفاقية شراء طاقة (صفقة)",
  },
  statuses: {
    requested: "مطلوبة",
    planned: "مخطط لها",
    approved: "معتمدة",
    "under-construction": "قيد الإنشاء",
    operating: "عاملة",
    contested: "متنازع عليها",
  },
  notGiven: "غير مذكورة",
  baseYear: "مقارنة بعام",
  region: "المنطقة",
  range: "الأدنى – الأعلى",
  rangeValue: "{low} – {high}",
  parameter: "المعامل",
  sources: "المصادر",
};
