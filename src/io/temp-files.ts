/**
 * Temporary files written beside an output and renamed over it at the end (src/io/atomic-write.ts,
 * src/io/ledger/writer.ts). Their names carry the writing process's id — `.out.csv.12345-9f3a…​.tmp` —
 * so that a later run can tell a temporary whose writer was killed (SIGKILL, power loss: no handler
 * runs) from one that another live run is still writing, and remove only the former.
 */
import { randomBytes } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Wildcards are left out of temporary names: DuckDB reads some of them back as a path (write-parquet). */
function plainName(path: string): string {
  return basename(path).replace(/[*?[\]]/g, "_");
}

/**
 * The id temporaries are named by: this process's or, in the child that runs `halqa ledger scan` on
 * 2 MB pages (bin/huge-pages.js), its parent's — the process the user started, and would kill. The
 * parent waits for the child, and a child whose parent is killed outright kills itself, so the name
 * still tells whether the run writing the file goes on.
 */
const OWNER = process.env.HALQA_HUGE_PAGES_CHILD === "1" && process.ppid > 1 ? process.ppid : process.pid;

/** A temporary name beside `path` (same folder, so the final rename stays on one file system). */
export function tempPathFor(path: string, suffix = ".tmp", pid = OWNER): string {
  return join(dirname(path), `.${plainName(path)}.${pid}-${randomBytes(6).toString("hex")}${suffix}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pid in the name of one of `path`'s temporaries, or undefined for any other file name. */
export function tempOwner(path: string, name: string): number | undefined {
  const pattern = new RegExp(`^\\.${escapeRegExp(plainName(path))}\\.(\\d+)-[0-9a-f]{12}(\\.jsonl)?\\.tmp$`);
  const match = pattern.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Whether a process with this id runs (a process we may not signal still runs: EPERM). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporaries of `path` whose writing process is gone, and returns their paths. Any other
 * file — another output's temporaries, a live run's, the user's own — is left alone.
 */
export async function removeStaleTemps(path: string, alive = processAlive): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = tempOwner(path, name);
    return pid !== undefined && pid !== OWNER && !alive(pid);
  });
  const removed: string[] = [];
  for (const name of stale) {
    const file = join(dirname(path), name);
    await rm(file, { force: true });
    removed.push(file);
  }
  return removed;
}
