/** The pages' words: upload (keys web.upload.* …). */
export const webUploadEn = {
  upload: {
    heading: "Your network",
    intro:
      "Solve your own financial network, or find the loops in your own edge list. The file is read and computed in this browser: it never leaves your machine.",
    choose: "Choose a file",
    drop: "or drop it here",
    formats:
      "A network file (.json, the format of docs/network-format.md) or an edge list (.csv with the columns src, dst and amount, and optionally ts and id). At most {limit}.",
    examples: "Or try an example:",
    exampleNetwork: "a three-bank network",
    exampleEdges: "a ledger with two loops",
    reading: "Reading {name}…",
    file: "{name}, {size}",
    /** A file's size, in binary multiples as the limit is. */
    bytes: "{n} B",
    kib: "{n} KiB",
    mib: "{n} MiB",
    tooLarge: "{name} is {size}, over the limit of {limit}. Nothing was read.",
    unknownType: "{name}: halqa reads a .json network file or a .csv edge list.",
    invalid:
      "{name} cannot be used: {count, plural, one {# problem} other {# problems}}. Nothing was computed.",
    line: "line {line}",
    network:
      "{nodes, plural, one {# node} other {# nodes}}, {liabilities, plural, one {# liability} other {# liabilities}}, {shocks, plural, one {# shock} other {# shocks}}",
    fileModel: "{model} (named in the file)",
    needModel: "The file names no model: choose one.",
    solved: "Solved in {ms} ms with {model} in {iterations} iterations.",
    failed: "The model could not solve this network: {reason}",
    defaults: "{count} of {nodes} nodes default.",
    nodeTable: "Per node",
    recovery: "Recovery",
    relativeLoss: "Equity lost",
    mapTitle: "Defaults on your network",
    mapLabel: "Your network: {nodes} nodes; {count} default.",
    tooBigToDraw:
      "{nodes, plural, one {# node} other {# nodes}} are too many to draw; the table lists them all.",
    edges:
      "{rows, plural, one {# row} other {# rows}}: {nodes, plural, one {# node} other {# nodes}}, {edges, plural, one {# edge} other {# edges}}.",
    selfLoops: "{count, plural, one {# row} other {# rows}} pay themselves and are left out of the loops.",
    maxLength: "Longest loop",
    loopsFound: "{found} loops of up to {max} steps, largest bottleneck first.",
    loopsTruncated: "The search stopped at {found} loops: there are more.",
    noLoops: "No loops: money never comes back to where it left.",
    total: "Total",
    multiplier:
      "Round-trip multiplier {value}: {flow} of payments inside the network for {outside} that entered it.",
    selfShare: "Own money back",
    circularityTooLarge: "Circularity is computed for up to {limit} nodes; this graph has {nodes}.",
  },
} as const;
