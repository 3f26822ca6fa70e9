// `halqa ledger scan` on 2 MB pages. The scan's search threads read large typed arrays at random (a
// 64-byte record per account: 64 MB per thread for a million accounts); on 4 KB pages most of those reads
// also miss the TLB. glibc's malloc, which backs V8's ArrayBuffers, asks Linux for transparent huge pages
// for its large blocks when the tunable glibc.malloc.hugetlb=1 is set (glibc ≥ 2.35; THP "madvise", the
// usual default, is enough): the search then does about a fifth more steps per CPU second on a ledger
// whose records outgrow the cache (docs/scale.md, "2 MB pages"). Tunables are read when a process starts,
// so the command runs itself once more, as a child with the tunable set; the results are the same.
// A GLIBC_TUNABLES already set (e.g. glibc.malloc.hugetlb=0) is the user's choice and is left alone.
import { spawn } from "node:child_process";
import { constants } from "node:os";

const TUNABLE = "glibc.malloc.hugetlb=1";
/** Marks the child, so it stops when its parent is killed outright (SIGKILL: no handler runs there). */
const CHILD_MARK = "HALQA_HUGE_PAGES_CHILD";
/** Signals the parent passes on, each once: the child runs in its own session, so only these reach it. */
const PASSED_ON = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Whether to run `args` (argv after the script) again with the tunable: a `ledger scan`, on Linux with
 * glibc ≥ 2.35 (`glibcVersion()`: the C library's version, undefined for another one, asked last — it
 * costs a process report), when GLIBC_TUNABLES is not set already.
 */
export function wantsHugePages(args, env, platform, glibcVersion) {
  if (platform !== "linux" || env.GLIBC_TUNABLES !== undefined) return false;
  if (!args.some((word, i) => word === "ledger" && args[i + 1] === "scan")) return false;
  const [major, minor] = String(glibcVersion()).split(".").map(Number);
  return major > 2 || (major === 2 && minor >= 35);
}

/** The child's environment: the caller's, with the tunable and the child mark. */
export function hugePagesEnv(env) {
  return { ...env, GLIBC_TUNABLES: TUNABLE, [CHILD_MARK]: "1" };
}

/**
 * Runs this command again with huge pages when wantsHugePages says so, and resolves to its exit code
 * (128 + the signal's number if a signal ended it); resolves to undefined when it runs here instead.
 */
export async function runWithHugePages() {
  if (process.env[CHILD_MARK] === "1") {
    stopWithParent();
    return undefined;
  }
  const glibc = () => process.report?.getReport?.().header?.glibcVersionRuntime;
  if (!wantsHugePages(process.argv.slice(2), process.env, process.platform, glibc)) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: hugePagesEnv(process.env),
    // Its own session: a terminal's Ctrl-C or hang-up reaches the parent only, which passes it on once
    // (a second one would end the child's clean-up early).
    detached: true,
  });
  const pass = (signal) => child.kill(signal);
  for (const signal of PASSED_ON) process.on(signal, pass);
  return new Promise((resolve) => {
    child.once("error", () => resolve(undefined)); // could not start: run here, on 4 KB pages
    child.once("exit", (code, signal) => {
      for (const s of PASSED_ON) process.off(s, pass);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

/**
 * In the child: a parent killed outright closes the channel; stop as it did, leaving what it would. The
 * child names its temporary files by the parent's id (src/io/temp-files.ts), so the next run tells a
 * killed run's leftovers at once, even in the moment before this child has noticed.
 */
function stopWithParent() {
  const channel = process.channel;
  if (!channel) return;
  channel.unref();
  let exiting = false;
  process.once("exit", () => {
    exiting = true;
  });
  process.once("disconnect", () => {
    if (!exiting) process.kill(process.pid, "SIGKILL");
  });
}
