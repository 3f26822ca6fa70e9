/** The command line's words for loops, --graph, circularity and origins. */
export const cliLoopsEn = {
  loopLength: "{length, plural, one {{length} step} other {{length} steps}}",
  temporalWindow: "time-respecting, window {window}",
  loopsFound:
    "{found, plural, one {{found} loop found.} other {{found} loops found; {shown, plural, one {showing the largest by bottleneck} other {showing {shown}, largest bottleneck first}}.}}",
  noLoops: "No loops match.",
  flagNonBinding: "rests on a non-binding deal",
  flagIncludesNonBinding: "includes a non-binding deal",
  flagConditional: "rests on a conditional tranche",
  flagIncludesConditional: "includes a conditional tranche",
  bottleneck: "bottleneck",
  loopTotal: "total",
  days: "{days, plural, one {{days} day} other {{days} days}}",
  rowsRead: "{rows, plural, one {{rows} row} other {{rows} rows}} read",
  graphInvalid:
    "{file}: {count, plural, one {{count} problem} other {{count} problems}}; nothing was searched.",
  graphNoTimestamps: "{file} has no ts column: --temporal needs timestamps.",
  graphSummary:
    "{file}: {rows, plural, one {{rows} row} other {{rows} rows}}, {nodes, plural, one {{nodes} node} other {{nodes} nodes}}, {edges, plural, one {{edges} edge} other {{edges} edges}}; searched in {seconds} s.",
  selfLoops:
    "{count, plural, one {{count} self-loop} other {{count} self-loops}} (payments to oneself) reported apart, not as loops.",
  receipts: "Receipts",
  closedLoops: "Closed circulations (money that never entered or left): {groups}",
  pValueLoops: "p-value (loops)",
  loopNullIncomplete: "A loop search in the null model stopped at its limit: the loop p-values are rough.",
  circularityBinding:
    "On binding deals alone (--basis committed): multiplier {multiplier}, {inside} of payments inside the network for {outside} from outside, {loops, plural, =0 {no loop} one {# loop} other {# loops}}.",
  loopSearchIncomplete: "The loop search stopped at its limit: loop shares are lower bounds.",
  originsTitle: "From others (proportional mixing) and the chains that carry it",
  tracedShare: "Along simple chains",
  chain: "Chain",
  chainShare: "Share of money through it",
  loop: "Loop",
  comesBack: "Comes back",
  entityCircularLine:
    "{entity}: money through it {receipts} (receipts plus its own outside money). Own money back along loops {loops} ({amount}) (loops: {count}); mixing self-share {mixing}; from outside {outside}.",
  onNoLoop: "On no loop: none of its money comes back to it.",
  noCashHere: "{entity} pays and receives no cash in this view: nothing to trace.",
  pathsIncomplete: "The chain search stopped at its limit: the chains' shares are lower bounds.",
  workersNeedGraph: "--workers goes with --graph (the search for loops in your own network file)",
} as const;
