/** The command line's words for stress (the deterministic stress test): `cli.stress.*`. */
export const cliStressEn = {
  entity: "entity",
  units: {
    years: "{count, plural, =1 {{shown} year} other {{shown} years}}",
    ratio: "{shown} ratio",
  },
  none: "none",
  invalid: "{file}: {count, plural, one {{count} problem} other {{count} problems}}; nothing was run.",
} as const;
