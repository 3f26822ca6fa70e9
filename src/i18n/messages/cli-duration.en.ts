/** A duration in its largest readable unit (ledger scans: the window, a cycle's span): `cli.duration.*`. */
export const cliDurationEn = {
  second: "{count}s",
  minute: "{count}m",
  hour: "{count}h",
  day: "{count}d",
} as const;
