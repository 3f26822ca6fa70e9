/**
 * Which input column is the payer, the payee, the time, the amount and the transaction id: named by
 * the user (--src, --dst, --ts, --amount, --id) or guessed from the names exports commonly use. A
 * guess compares names with case, spaces, dashes and underscores ignored ("From Account" matches
 * "from_account"), takes the first name of each list that the file has, and is reported as a guess.
 */

export const ROLES = ["src", "dst", "ts", "amount", "id"] as const;
export type Role = (typeof ROLES)[number];

/** Common names for each role, best first. Debit account = the account debited = the payer. */
const NAMES: Record<Role, readonly string[]> = {
  src: [
    "src",
    "source",
    "from",
    "fromaccount",
    "sourceaccount",
    "accountfrom",
    "sender",
    "senderaccount",
    "payer",
    "payeraccount",
    "debitaccount",
    "debtor",
    "debtoraccount",
    "originator",
    "origin",
    "orig",
    "nameorig",
    "seller",
  ],
  dst: [
    "dst",
    "target",
    "to",
    "toaccount",
    "targetaccount",
    "destinationaccount",
    "accountto",
    "receiver",
    "receiveraccount",
    "recipient",
    "payee",
    "payeeaccount",
    "creditaccount",
    "creditor",
    "creditoraccount",
    "beneficiary",
    "beneficiaryaccount",
    "destination",
    "dest",
    "namedest",
    "buyer",
  ],
  ts: [
    "ts",
    "timestamp",
    "datetime",
    "time",
    "date",
    "transactiontime",
    "transactiondate",
    "txtime",
    "txdate",
    "createdat",
    "valuedate",
    "bookingdate",
    "paymentdate",
    "invoicedate",
  ],
  amount: [
    "amount",
    "value",
    "amt",
    "transactionamount",
    "txamount",
    "paymentamount",
    "amountpaid",
    "sum",
    "total",
    "volume",
  ],
  id: [
    "id",
    "tx",
    "txn",
    "txid",
    "txnid",
    "transaction",
    "transactionid",
    "paymentid",
    "invoiceid",
    "reference",
    "ref",
    "uuid",
  ],
};

export type ColumnMap = Partial<Record<Role, string>>;

export type ColumnChoice =
  | { ok: true; columns: ColumnMap; guessed: Role[] }
  | { ok: false; code: "ledger-missing-columns"; params: { missing: string[]; found: string[] } }
  | { ok: false; code: "ledger-unknown-column"; params: { flag: string; column: string; found: string[] } };

export function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, "");
}

/**
 * Maps roles to the file's columns. `given` holds the user's flags (exact names, or matched ignoring
 * case when no exact match exists); `required` the roles the scan cannot do without.
 */
export function chooseColumns(
  found: readonly string[],
  given: ColumnMap,
  required: readonly Role[],
): ColumnChoice {
  const columns: ColumnMap = {};
  const guessed: Role[] = [];
  const taken = new Set<string>();
  for (const role of ROLES) {
    const wanted = given[role];
    if (wanted === undefined) continue;
    const exact =
      found.find((c) => c === wanted) ?? found.find((c) => c.toLowerCase() === wanted.toLowerCase());
    if (exact === undefined)
      return {
        ok: false,
        code: "ledger-unknown-column",
        params: { flag: `--${role}`, column: wanted, found: [...found] },
      };
    columns[role] = exact;
    taken.add(exact);
  }
  const byNorm = new Map<string, string>();
  for (const c of found) if (!byNorm.has(normalise(c))) byNorm.set(normalise(c), c);
  for (const role of ROLES) {
    if (columns[role] !== undefined) continue;
    for (const name of NAMES[role]) {
      const column = byNorm.get(name);
      if (column !== undefined && !taken.has(column)) {
        columns[role] = column;
        taken.add(column);
        guessed.push(role);
        break;
      }
    }
  }
  const missing = required.filter((role) => columns[role] === undefined);
  if (missing.length > 0)
    return { ok: false, code: "ledger-missing-columns", params: { missing, found: [...found] } };
  return { ok: true, columns, guessed };
}
