/**
 * The nouns halqa counts, in every form the number asks for. Arabic has six plural categories
 * (Intl.PluralRules("ar")): zero and "other" (100, 101, fractions) take the singular, one is
 * "noun + واحد", two the dual without a digit, few (3–10) the plural, many (11–99) the singular
 * accusative with tanwin ("168 مصدرًا"). English has one and other. See docs/arabic-style.md.
 */
export type ArabicNoun = {
  /** singular: after 0, 100, 101, fractions ("100 صفقة") */
  singular: string;
  /** 1, written without the digit ("صفقة واحدة") */
  one: string;
  /** 2, the dual without the digit ("صفقتان") */
  two: string;
  /** 3–10 ("5 صفقات") */
  plural: string;
  /** 11–99 ("98 صفقةً") */
  accusative: string;
};

export type EnglishNoun = { one: string; other: string };

export const NOUNS_AR = {
  source: { singular: "مصدر", one: "مصدر واحد", two: "مصدران", plural: "مصادر", accusative: "مصدرًا" },
  entity: { singular: "جهة", one: "جهة واحدة", two: "جهتان", plural: "جهات", accusative: "جهةً" },
  deal: { singular: "صفقة", one: "صفقة واحدة", two: "صفقتان", plural: "صفقات", accusative: "صفقةً" },
  flow: { singular: "تدفق", one: "تدفق واحد", two: "تدفقان", plural: "تدفقات", accusative: "تدفقًا" },
  figure: {
    singular: "رقم موثق",
    one: "رقم موثق واحد",
    two: "رقمان موثقان",
    plural: "أرقام موثقة",
    accusative: "رقمًا موثقًا",
  },
  financial: {
    singular: "بيان مالي",
    one: "بيان مالي واحد",
    two: "بيانان ماليان",
    plural: "بيانات مالية",
    accusative: "بيانًا ماليًا",
  },
  indicator: { singular: "مؤشر", one: "مؤشر واحد", two: "مؤشران", plural: "مؤشرات", accusative: "مؤشرًا" },
  site: { singular: "موقع", one: "موقع واحد", two: "موقعان", plural: "مواقع", accusative: "موقعًا" },
  parameter: {
    singular: "معامل",
    one: "معامل واحد",
    two: "معاملان",
    plural: "معاملات",
    accusative: "معاملًا",
  },
  step: { singular: "خطوة", one: "خطوة واحدة", two: "خطوتان", plural: "خطوات", accusative: "خطوةً" },
  loop: { singular: "حلقة", one: "حلقة واحدة", two: "حلقتان", plural: "حلقات", accusative: "حلقةً" },
  year: { singular: "سنة", one: "سنة واحدة", two: "سنتان", plural: "سنوات", accusative: "سنةً" },
  month: { singular: "شهر", one: "شهر واحد", two: "شهران", plural: "أشهر", accusative: "شهرًا" },
  row: { singular: "صف", one: "صف واحد", two: "صفان", plural: "صفوف", accusative: "صفًا" },
  account: { singular: "حساب", one: "حساب واحد", two: "حسابان", plural: "حسابات", accusative: "حسابًا" },
  company: { singular: "شركة", one: "شركة واحدة", two: "شركتان", plural: "شركات", accusative: "شركةً" },
  problem: { singular: "مشكلة", one: "مشكلة واحدة", two: "مشكلتان", plural: "مشكلات", accusative: "مشكلةً" },
  file: { singular: "ملف", one: "ملف واحد", two: "ملفان", plural: "ملفات", accusative: "ملفًا" },
  record: { singular: "سجل", one: "سجل واحد", two: "سجلان", plural: "سجلات", accusative: "سجلًا" },
  day: { singular: "يوم", one: "يوم واحد", two: "يومان", plural: "أيام", accusative: "يومًا" },
  node: { singular: "عقدة", one: "عقدة واحدة", two: "عقدتان", plural: "عقد", accusative: "عقدةً" },
  edge: { singular: "حافة", one: "حافة واحدة", two: "حافتان", plural: "حواف", accusative: "حافةً" },
  transaction: {
    singular: "معاملة",
    one: "معاملة واحدة",
    two: "معاملتان",
    plural: "معاملات",
    accusative: "معاملةً",
  },
  sample: { singular: "عينة", one: "عينة واحدة", two: "عينتان", plural: "عينات", accusative: "عينةً" },
  change: { singular: "تغيير", one: "تغيير واحد", two: "تغييران", plural: "تغييرات", accusative: "تغييرًا" },
} satisfies Record<string, ArabicNoun>;

export type NounKey = keyof typeof NOUNS_AR;

export const NOUNS_EN: Record<NounKey, EnglishNoun> = {
  source: { one: "source", other: "sources" },
  entity: { one: "entity", other: "entities" },
  deal: { one: "deal", other: "deals" },
  flow: { one: "flow", other: "flows" },
  figure: { one: "sourced figure", other: "sourced figures" },
  financial: { one: "financial", other: "financials" },
  indicator: { one: "indicator", other: "indicators" },
  site: { one: "site", other: "sites" },
  parameter: { one: "parameter", other: "parameters" },
  step: { one: "step", other: "steps" },
  loop: { one: "loop", other: "loops" },
  year: { one: "year", other: "years" },
  month: { one: "month", other: "months" },
  row: { one: "row", other: "rows" },
  account: { one: "account", other: "accounts" },
  company: { one: "company", other: "companies" },
  problem: { one: "problem", other: "problems" },
  file: { one: "file", other: "files" },
  record: { one: "record", other: "records" },
  day: { one: "day", other: "days" },
  node: { one: "node", other: "nodes" },
  edge: { one: "edge", other: "edges" },
  transaction: { one: "transaction", other: "transactions" },
  sample: { one: "sample", other: "samples" },
  change: { one: "change", other: "changes" },
};
