/**
 * Worker threads past the machine's cores buy nothing but memory and start-up time (32 workers on a
 * 2-row ledger: 5 s and 1 GB), so an explicit --workers is capped at the cores this process may use,
 * and the user is told on stderr (stdout stays the result, --json or not).
 */
import { availableParallelism } from "node:os";
import { type Language, problemMessage } from "../i18n/index.ts";
import type { Io } from "./context.ts";

export function capWorkers(asked: number, io: Io, lang: Language, cores = availableParallelism()): number {
  if (asked <= cores) return asked;
  io.stderr(
    `halqa: [workers-capped] ${problemMessage(lang, "workers-capped", { asked, cores, used: cores })}`,
  );
  return cores;
}
