/** `report.ledgerSummary.*`: the summary of `halqa ledger scan` (core/reports/ledger-summary-report.ts). */
export const reportLedgerSummaryEn = {
  title: "Ledger scan",
  byLength: "Cycles by length",
  length: "Transactions",
  cycles: "Cycles",
  topAccounts: "Accounts in most cycles (as payer)",
  account: "Account",
} as const;
