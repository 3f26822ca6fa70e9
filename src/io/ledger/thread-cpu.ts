/**
 * CPU time of the calling thread alone. Node 20's process.cpuUsage() sums every thread of the process,
 * so a worker reads its own line from Linux's /proc/thread-self/stat (a synchronous read runs on the
 * calling thread, so "thread-self" is that thread): utime and stime, fields 14 and 15, in clock ticks
 * of 1/100 s (USER_HZ, 100 on every Linux Node supports). Elsewhere, or if the file cannot be read:
 * null, never a guess.
 */
import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU the calling thread has used since it started (10 ms resolution), or null. */
export function threadCpuMs(): number | null {
  if (process.platform !== "linux") return null;
  try {
    return cpuMsFromStat(readFileSync("/proc/thread-self/stat", "utf8"));
  } catch {
    return null;
  }
}

/** utime + stime of a /proc stat line, in ms; the command name (in parentheses) may hold spaces. */
export function cpuMsFromStat(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name, field 3 (state) is fields[0]: utime (14) and stime (15) are fields[11] and [12].
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return null;
  return ((user + system) * 1000) / TICKS_PER_SECOND;
}
