/** The pages' words: circularity (keys web.circularity.* …). */
export const webCircularityEn = {
  circularity: {
    intro:
      "How much of each company's receipts is its own money coming back through others (cash): first along named loops through it, which you can follow payment by payment; then under proportional mixing, the wider measure, with the chains behind each origin (docs/methods/circularity.md).",
    chartLabel:
      "Bar chart of the share of the money through each company that comes back along loops, {count, plural, one {# company} other {# companies}} ({basis}).",
    ownBack: "Own money back",
    multiplier:
      "Round-trip multiplier {value}: {flow} of payments inside the network for {outside} that entered it.",
    multiplierNone: "No money flows in this view.",
    /** On the announced basis, beside the headline: the same measure on binding deals alone. */
    binding:
      "On binding deals alone (the committed basis): multiplier {multiplier}, {inside} of payments inside the network for {outside} from outside, {loops, plural, =0 {no loop} one {# loop} other {# loops}}.",
    /** What the loop count counts, against the loops of every kind the overview's map follows. */
    cashOnly:
      "These loops are of cash payments only, as circularity measures revenue; following equity, warrants and guarantees too (as the overview's loop map does) gives {allKinds, plural, one {# loop} other {# loops}} of up to {maxLength} steps.",
    nullModel: "Null model",
    nullHelp:
      "Is this more circular than chance? Each sample rewires the network keeping every company's number of payers and payees, then traces it again.",
    samples: "Samples",
    seed: "Seed",
    run: "Run the null model",
    running: "Running {samples, plural, one {# sample} other {# samples}}…",
    nullResult:
      "{samples, plural, one {# rewiring} other {# rewirings}} (seed {seed}): mean multiplier {mean}, p = {p}.",
    acceptance: "{share} of attempted swaps carried out.",
    pValueMixing: "p-value (mixing)",
    nullMeanLoops: "Null mean (loops)",
    nullMeanMixing: "Null mean (mixing)",
    closed: "Closed circulations: {groups}",
    loopSearch:
      "Loops of up to {maxLength} payments followed: {cycles} found. A loop's share multiplies, step by step, the part of each payer's money paid to the next.",
    traceHeading: "Trace one company",
    traceSummary:
      "{entity}: money through it {receipts} (receipts plus its own outside money). Own money back along loops {loops} ({amount}); mixing self-share {mixing}; from outside {outside}.",
    loopsCaption: "Loops that bring its money back",
    originsHint:
      "Mixing shares assume every company pays out the average mix of all it has received. The chains listed carry the part you can follow payment by payment; the rest went round a loop on the way.",
  },
} as const;
