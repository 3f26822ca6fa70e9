/**
 * A duration in its largest readable unit (ledger scans: the window, a cycle's span), and a progress
 * line's time left: `cli.duration.*`.
 */
export const cliDurationEn = {
  second: "{count, plural, other {#s}}",
  minute: "{count, plural, other {#m}}",
  hour: "{count, plural, other {#h}}",
  day: "{count, plural, other {#d}}",
  /** A progress line's estimate of the time left. */
  remaining: "ETA {count, plural, other {#s}}",
} as const;
