/**
 * Static scans with repeated pairs (issue 16): account cycles (the `--static` default) against the
 * per-transaction enumeration (`--per-transaction`), on the dense synthetic ledger with a share of
 * transactions repeating an earlier pair, one thread, counting only (no output).
 *
 *   npx tsx bench/ledger-static.ts [SIZE=10k] [--hops 4,6] [--share 0.3] [--per-transaction-timeout S]
 *
 * Prints, per hop bound: account cycles, the transaction combinations they stand for, the time of
 * the account search, and (unless the counted combinations pass the enumeration limit) the time of the
 * per-transaction enumeration, whose count must equal the combinations.
 */
import { accountPairs, combinationsOf } from "../src/core/ledger/account-cycles.ts";
import { scanLedgerOnThisThread } from "../src/core/ledger/scan-serial.ts";
import { syntheticLedger } from "../src/core/ledger/synthetic.ts";
import type { CycleBatch, ScanOptions } from "../src/core/ledger/types.ts";
import { createRng } from "../src/core/random.ts";
import { benchShape, parseSize } from "./ledger-generate.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] as string) : fallback;
};
const size = parseSize(args[0] && !args[0].startsWith("--") ? args[0] : "10k");
const hops = flag("--hops", "4,6").split(",").map(Number);
const share = Number(flag("--share", "0.3"));
const enumerateUpTo = Number(flag("--enumerate-up-to", "50000000"));

const dense = !args.includes("--sparse");
const { ledger } = syntheticLedger({ ...benchShape(size, dense), parallelShare: share }, createRng(1));
const view = accountPairs(ledger, {});
console.log(
  `${size} transactions, ${ledger.accountCount} accounts, ${view.pairs.src.length} account pairs (${share} repeated)`,
);
for (const maxHops of hops) {
  const options: ScanOptions = { mode: "static", windowMs: 0, maxHops };
  let combinations = 0;
  const onCycles = (b: CycleBatch) => {
    for (let j = 0; j < b.count; j++)
      combinations += combinationsOf(
        b.edges.subarray(b.offsets[j] as number, b.offsets[j + 1] as number),
        view.parallel,
      );
  };
  let t = performance.now();
  const accounts = scanLedgerOnThisThread(view.pairs, options, { onCycles });
  const accountSeconds = (performance.now() - t) / 1000;
  let perTransaction = "skipped (past the limit)";
  if (combinations <= enumerateUpTo) {
    t = performance.now();
    const all = scanLedgerOnThisThread(ledger, options);
    perTransaction = `${all.cycles} cycles in ${((performance.now() - t) / 1000).toFixed(2)} s`;
  }
  console.log(
    `≤ ${maxHops} hops: ${accounts.cycles} account cycles, ${combinations} combinations, ${accountSeconds.toFixed(2)} s; per transaction: ${perTransaction}`,
  );
}
