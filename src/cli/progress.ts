/**
 * A progress line for long work on a terminal: bar, count, rate and the time left (in the run's
 * language), redrawn in place on stderr at most ten times a second. Silent when stderr is not a
 * terminal or when output is --json.
 */
import type { Lang } from "../i18n/lang.ts";
import { message } from "../i18n/message.ts";

export type Progress = { update: (done: number, total: number, label: string) => void; finish: () => void };

export function progressLine(
  enabled: boolean,
  lang: Lang = "en",
  stream: NodeJS.WriteStream = process.stderr,
  now = () => Date.now(),
): Progress {
  if (!enabled || !stream.isTTY) return { update: () => {}, finish: () => {} };
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const width = 24;
      const filled = Math.round(fraction * width);
      const elapsed = (t - started) / 1000;
      const eta = fraction > 0 ? elapsed / fraction - elapsed : Number.NaN;
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const etaText = Number.isFinite(eta)
        ? ` ${message(lang, "cli.duration.remaining", { count: Math.round(eta) })}`
        : "";
      stream.write(`\r${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${label}${etaText}   `);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write("\n");
    },
  };
}
