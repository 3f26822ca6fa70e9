/** A duration in its largest readable unit (ledger scans: the window, a cycle's span): `cli.duration.*`. */
export const cliDurationEn = {
  second: "{count, plural, other {#s}}",
  minute: "{count, plural, other {#m}}",
  hour: "{count, plural, other {#h}}",
  day: "{count, plural, other {#d}}",
} as const;
