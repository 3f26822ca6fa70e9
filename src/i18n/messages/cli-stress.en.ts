/** The command line's words for stress (the deterministic stress test): `cli.stress.*`. */
export const cliStressEn = {
  entity: "entity",
  none: "none",
  invalid: "{file}: {count, plural, one {{count} problem} other {{count} problems}}; nothing was run.",
} as const;
