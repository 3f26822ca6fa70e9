import type { reportLedgerSummaryEn } from "./report-ledger-summary.en.ts";
import type { Shape } from "./tree.ts";

export const reportLedgerSummaryAr: Shape<typeof reportLedgerSummaryEn> = {
  title: "مسح دفتر المعاملات",
  byLength: "الحلقات حسب الطول",
  length: "المعاملات",
  cycles: "الحلقات",
  topAccounts: "الحسابات الأكثر ظهورًا في الحلقات (دافعةً)",
  account: "الحساب",
};
