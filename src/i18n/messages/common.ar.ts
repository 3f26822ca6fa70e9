import type { commonEn } from "./common.en.ts";
import type { Shape } from "./tree.ts";

export const commonAr: Shape<typeof commonEn> = {
  asOf: "بتاريخ",
  allYears: "كل السنوات",
  arrow: "←",
  financialRecord: "{entity}: {metric}، {period}",
  basis: "الأساس",
  announced: "المُعلن",
  committed: "الملتزم به",
  paid: "المدفوع",
  deal: "الصفقة",
  type: "النوع",
  status: "الحالة",
  parties: "الأطراف",
  range: "النطاق",
  countColumn: "العدد",
  kind: "النوع",
  year: "السنة",
  from: "من",
  to: "إلى",
  amount: "المبلغ",
  total: "الإجمالي",
  conditional: "مشروط",
  conditionalDeal: "مشروطة",
  period: {
    fiscalYear: "السنة المالية {year}",
    quarter: "الربع {quarter, select, 1 {الأول} 2 {الثاني} 3 {الثالث} other {الرابع}} {year}",
    fiscalQuarter:
      "الربع {quarter, select, 1 {الأول} 2 {الثاني} 3 {الثالث} other {الرابع}} من السنة المالية {year}",
    half: "النصف {half, select, 1 {الأول} other {الثاني}} {year}",
  },
  estimate: "تقدير",
  yes: "نعم",
  no: "لا",
  estimateMark: "≈",
  count: {
    source:
      "{count, plural, zero {# مصدر} one {مصدر واحد} two {مصدران} few {# مصادر} many {# مصدرًا} other {# مصدر}}",
    entity:
      "{count, plural, zero {# جهة} one {جهة واحدة} two {جهتان} few {# جهات} many {# جهةً} other {# جهة}}",
    deal: "{count, plural, zero {# صفقة} one {صفقة واحدة} two {صفقتان} few {# صفقات} many {# صفقةً} other {# صفقة}}",
    flow: "{count, plural, zero {# تدفق} one {تدفق واحد} two {تدفقان} few {# تدفقات} many {# تدفقًا} other {# تدفق}}",
    figure:
      "{count, plural, zero {# رقم موثق} one {رقم موثق واحد} two {رقمان موثقان} few {# أرقام موثقة} many {# رقمًا موثقًا} other {# رقم موثق}}",
    financial:
      "{count, plural, zero {# بيان مالي} one {بيان مالي واحد} two {بيانان ماليان} few {# بيانات مالية} many {# بيانًا ماليًا} other {# بيان مالي}}",
    indicator:
      "{count, plural, zero {# مؤشر} one {مؤشر واحد} two {مؤشران} few {# مؤشرات} many {# مؤشرًا} other {# مؤشر}}",
    site: "{count, plural, zero {# موقع} one {موقع واحد} two {موقعان} few {# مواقع} many {# موقعًا} other {# موقع}}",
    parameter:
      "{count, plural, zero {# معامل} one {معامل واحد} two {معاملان} few {# معاملات} many {# معاملًا} other {# معامل}}",
    step: "{count, plural, zero {# خطوة} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوةً} other {# خطوة}}",
    loop: "{count, plural, zero {# حلقة} one {حلقة واحدة} two {حلقتان} few {# حلقات} many {# حلقةً} other {# حلقة}}",
    year: "{count, plural, zero {# سنة} one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنةً} other {# سنة}}",
    month:
      "{count, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}",
    row: "{count, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}",
    account:
      "{count, plural, zero {# حساب} one {حساب واحد} two {حسابان} few {# حسابات} many {# حسابًا} other {# حساب}}",
    company:
      "{count, plural, zero {# شركة} one {شركة واحدة} two {شركتان} few {# شركات} many {# شركةً} other {# شركة}}",
    problem:
      "{count, plural, zero {# مشكلة} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}}",
    file: "{count, plural, zero {# ملف} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}",
    record:
      "{count, plural, zero {# سجل} one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلًا} other {# سجل}}",
    day: "{count, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}",
    node: "{count, plural, zero {# عقدة} one {عقدة واحدة} two {عقدتان} few {# عقد} many {# عقدةً} other {# عقدة}}",
    edge: "{count, plural, zero {# حافة} one {حافة واحدة} two {حافتان} few {# حواف} many {# حافةً} other {# حافة}}",
    transaction:
      "{count, plural, zero {# معاملة} one {معاملة واحدة} two {معاملتان} few {# معاملات} many {# معاملةً} other {# معاملة}}",
    sample:
      "{count, plural, zero {# عينة} one {عينة واحدة} two {عينتان} few {# عينات} many {# عينةً} other {# عينة}}",
    change:
      "{count, plural, zero {# تغيير} one {تغيير واحد} two {تغييران} few {# تغييرات} many {# تغييرًا} other {# تغيير}}",
  },
};
