/** The command line's words for ledger (cycle scans of transaction files): `cli.ledger.*`. */
export const cliLedgerEn = {
  invalid: "{file}: {count, plural, one {{count} problem} other {{count} problems}}; nothing was scanned.",
  read: "{file} ({format}): {rows, plural, one {{rows} row} other {{rows} rows}} read, {loaded, plural, one {{loaded} transaction} other {{loaded} transactions}} between {accounts, plural, one {{accounts} account} other {{accounts} accounts}}, in {seconds} s.",
  columns: "Columns: payer {src}, payee {dst}, time {ts}, amount {amount}, id {id}.",
  guessed:
    "The {roles} {count, plural, one {column was guessed from its name} other {columns were guessed from their names}}. If that is wrong, name them (--src, --dst, --ts, --amount, --id).",
  role: "{role, select, src {payer} dst {payee} ts {time} amount {amount} other {id}}",
  tsUnit: "Epoch-number times read as {unit, select, ms {milliseconds} other {seconds}}.",
  selfLoops:
    "{count, plural, one {{count} self-loop} other {{count} self-loops}} (payer = payee) set apart, not counted as cycles.",
  duplicates:
    "{count, plural, one {{count} row repeats} other {{count} rows repeat}} another row exactly (payer, payee, time, amount); each counts as its own transaction.",
  shard: "Shard {index}/{count}: cycles whose first transaction is from {from} to before {to}.",
  temporal:
    "Temporal cycles: times strictly increasing, last transaction at most {window} after the first, {hops} transactions at most.",
  staticAccounts:
    "Static cycles of accounts of {hops, plural, one {{hops} transaction} other {{hops} transactions}} at most (time order not required); the payments of one payer to one payee are one hop, and each cycle counts the transaction cycles it stands for.",
  staticTransactions:
    "Static cycles of {hops, plural, one {{hops} transaction} other {{hops} transactions}} at most (time order not required), one per choice of parallel payment (--per-transaction).",
  foundAccounts:
    "{count, plural, one {{cycles} account cycle} other {{cycles} account cycles}} found, standing for {combinations} transaction {total, plural, one {cycle} other {cycles}} (one per choice of parallel payment){exact, select, no { — approximate: past 2^53} other {}}.",
  combinations: "Combinations",
  tooManyCombinations:
    "--per-transaction would list {combinations} transaction cycles (counted from {cycles} account cycles), more than {limit}: that will not fit. Drop --per-transaction to get the account cycles with their counts, lower --max-hops, or add --force-enumeration to list them anyway.",
  enumerationForced:
    "--force-enumeration: listing {combinations} transaction cycles (counted from {cycles} account cycles); this may take very long or run out of memory.",
  minAmount: "Transactions below {amount} ignored.",
  retention: "Only cycles whose amount stays within {low}–{high} × the previous hop.",
  found: "{count, plural, one {{cycles} cycle} other {{cycles} cycles}} found.",
  none: "No cycles found.",
  limited:
    "Output limited to the first {limit, plural, one {{limit} cycle} other {{limit} cycles}} (--limit); all {cycles} are counted here.",
  stopped: "The scan stopped before it finished: the counts are lower bounds.",
  written: "{count, plural, one {{count} cycle} other {{count} cycles}} written to {file}.",
  time: "Time: ingest {ingest} s, scan {scan} s.",
  workerTime:
    "Search thread {worker}: busy {busy} s (of which {waited} s waiting for the output), finished after {finished} s.",
  list: "First {shown, plural, one {{shown} cycle} other {{shown} cycles}}",
  start: "Start",
  duration: "Duration",
  path: "Accounts",
  transactions: "Transactions",
  amounts: "Amounts",
  retained: "Retained",
  progressRead: "reading the file: {done} of {total} MB",
  progressIngest: "loading {rows, plural, one {{rows} transaction} other {{rows} transactions}}",
  progressScan: "{edges} of {total} transactions, {cycles} cycles, {rate} cycles/s",
  interrupted: "Interrupted: no output file was written.",
  failed: "The scan failed: no output file was written.",
  globFiles: "--glob {pattern}: {count, plural, one {{count} file} other {{count} files}} read: {files}",
  staleRemoved:
    "Removed {count, plural, one {{count} temporary file} other {{count} temporary files}} left by an earlier run that was killed: {files}",
} as const;
