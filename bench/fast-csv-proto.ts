/** Prototype timing of the plain-CSV fast path (src/io/ledger/fast-csv.ts) on a ledger CSV. */
import { loadavg } from "node:os";
import { countDuplicates } from "../src/io/ledger/duplicates.ts";
import { readPlainCsv } from "../src/io/ledger/fast-csv.ts";
import { threadCpuMs } from "../src/io/ledger/thread-cpu.ts";

const file = process.argv[2] as string;
const load0 = loadavg()[0] as number;
const t0 = performance.now();
const c0 = process.cpuUsage();
const marks: string[] = [];
let last = t0;
let lastMain = threadCpuMs() ?? 0;
const mark = (name: string) => {
  const now = performance.now();
  const main = threadCpuMs() ?? 0;
  marks.push(
    `${name} ${((now - last) / 1000).toFixed(2)} s (main CPU ${((main - lastMain) / 1000).toFixed(2)})`,
  );
  last = now;
  lastMain = main;
};
const merged = await readPlainCsv(file, {
  names: ["id", "src", "dst", "ts", "amount"],
  columns: { id: "id", src: "src", dst: "dst", ts: "ts", amount: "amount" },
  numbering: "activity",
  onStage: (s) => mark(`before ${s}`),
});
mark("load");
if (!merged) throw new Error("fell back");
const dups = countDuplicates(merged.ledger);
mark("duplicates");
const cpu = process.cpuUsage(c0);
console.log(
  `${merged.rows} rows, ${merged.loaded} loaded, ${merged.accounts.length} accounts, ${merged.selfLoops} self-loops, ${dups} dups, ids ${merged.ids.kind}\n` +
    `wall ${((performance.now() - t0) / 1000).toFixed(2)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (main ${((threadCpuMs() ?? 0) / 1000).toFixed(2)}), part threads ${merged.partCpu.map((c) => (c ?? 0).toFixed(2)).join(" / ")} s CPU\n` +
    `${marks.join(", ")}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load ${load0.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)}`,
);
