/**
 * Processes and threads read from Linux's /proc, for the web benchmarks (web-load.ts, web-ab.ts): the
 * processes Chromium started below this one, and one thread's CPU time.
 */
import { readdirSync, readFileSync } from "node:fs";

/** /proc's clock tick: utime and stime count in hundredths of a second. */
export const TICK_MS = 10;

/** The fields of a /proc stat line after the command, which may hold spaces and ends at the last ")". */
function statFields(path: string): string[] {
  const stat = readFileSync(path, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The ids of `root`'s descendants (Chromium's browser, zygotes and renderers). */
export function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(statFields(`/proc/${entry}/stat`)[1]));
    } catch {
      // The process ended while listed.
    }
  }
  const below = (pid: number): number[] =>
    [...parents].filter(([, ppid]) => ppid === pid).flatMap(([child]) => [child, ...below(child)]);
  return below(root);
}

/** utime + stime of one thread, in milliseconds (0 if it has ended). */
export function threadCpu(pid: number, tid: number): number {
  try {
    const fields = statFields(`/proc/${pid}/task/${tid}/stat`);
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}
