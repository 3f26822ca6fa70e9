/** The command line's words for network-solve (the clearing model). */
export const cliNetworkEn = {
  networkInvalid:
    "{file}: {count, plural, one {{count} problem} other {{count} problems}}; nothing was solved.",
  solvedLine:
    "{model}: converged in {iterations, plural, one {{iterations} iteration} other {{iterations} iterations}}.",
  node: "Node",
  payments: "Payments",
  recovery: "Recovery",
  netWorth: "Net worth",
  equity: "Equity",
  defaulted: "Defaulted",
  wave: "Wave",
  value: "Value",
  yes: "yes",
  no: "no",
  conventions: "Conventions",
} as const;
