/** `halqa loops --graph`: the words its options need (the rest of the command is still in src/i18n). */
export const graphLoopsEn = {
  workersNeedGraph: "--workers goes with --graph (the search for loops in your own network file)",
} as const;
