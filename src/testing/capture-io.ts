/** Test helper: an Io that records what a command prints, with a pinned clock and environment. */
import type { Io } from "../cli/context.ts";

export function captureIo(env: Record<string, string> = {}): Io & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    today: () => "2026-11-21",
    env,
    out: () => out.join("\n"),
    err: () => err.join("\n"),
  };
}
