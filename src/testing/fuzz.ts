/**
 * Test helper for the fuzzing suite (src/fuzz): mutations of a valid file, and the one property every
 * reader must keep — a result or coded problems whose codes both catalogues can word, never an uncaught
 * exception, a stack trace or a hang. Seeds are fixed so that CI sees the same cases on every run.
 */
import fc from "fast-check";
import { hasMessage } from "../i18n/message.ts";

/** The seed of every fuzz property: a failure seen once is seen again on the next run. */
export const FUZZ_SEED = 1_206_2026;

/** A stack frame as Node prints it ("    at fn (file.ts:12:3)"). */
export const STACK_FRAME = /\n\s+at .*:\d+:\d+|\bat [^\s]+ \(.*\.[jt]s:\d+:\d+\)/;

/** Values that trip number readers: overflow, non-finite words, hex, signs, long digit runs. */
const ODD_NUMBERS = ["1e309", "-1e309", "NaN", "Infinity", ".nan", "0x1F", "-0", "1e-400", "9".repeat(400)];

/** One change to a file's bytes; positions are taken modulo the length when applied. */
type Mutation =
  | { op: "flip"; at: number; byte: number }
  | { op: "truncate"; at: number }
  | { op: "duplicate-line" | "remove-line"; line: number }
  | { op: "insert"; at: number; text: string }
  | { op: "odd-number"; nth: number; value: string }
  | { op: "bom" | "crlf" }
  | { op: "empty-field"; nth: number }
  | { op: "nest"; at: number; depth: number; open: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constantFrom("duplicate-line" as const, "remove-line" as const), line: fc.nat() }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    // Control characters, quotes, separators and any code point, surrogate halves excluded.
    text: fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom('"', "'", ",", "\t", "\u0000", "\u001b]0;x\u0007", "&a", "*a", "{", "[", ":", "\n-"),
    ),
  }),
  fc.record({
    op: fc.constant("odd-number" as const),
    nth: fc.nat(),
    value: fc.constantFrom(...ODD_NUMBERS),
  }),
  fc.record({ op: fc.constantFrom("bom" as const, "crlf" as const) }),
  fc.record({ op: fc.constant("empty-field" as const), nth: fc.nat() }),
  fc.record({
    op: fc.constant("nest" as const),
    at: fc.nat(),
    depth: fc.integer({ min: 50, max: 5000 }),
    open: fc.constantFrom("[", "{", "- ", '{"a":'),
  }),
);

function applyMutation(bytes: Buffer, m: Mutation): Buffer {
  const at = (n: number) => (bytes.length === 0 ? 0 : n % (bytes.length + 1));
  const lines = () => bytes.toString("latin1").split("\n");
  const fromLines = (list: string[]) => Buffer.from(list.join("\n"), "latin1");
  switch (m.op) {
    case "flip": {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[m.at % copy.length] = m.byte;
      return copy;
    }
    case "truncate":
      return bytes.subarray(0, at(m.at));
    case "duplicate-line":
    case "remove-line": {
      const list = lines();
      const i = m.line % list.length;
      if (m.op === "remove-line") list.splice(i, 1);
      else list.splice(i, 0, list[i] as string);
      return fromLines(list);
    }
    case "insert": {
      const i = at(m.at);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(m.text, "utf8"), bytes.subarray(i)]);
    }
    case "odd-number": {
      const text = bytes.toString("latin1");
      const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
      if (numbers.length === 0) return bytes;
      const hit = numbers[m.nth % numbers.length] as RegExpExecArray;
      const end = hit.index + hit[0].length;
      return Buffer.from(text.slice(0, hit.index) + m.value + text.slice(end), "latin1");
    }
    case "bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case "crlf":
      return Buffer.from(bytes.toString("latin1").replace(/\r?\n/g, "\r\n"), "latin1");
    case "empty-field": {
      // The value after a separator (",x" or ": x") becomes empty.
      const text = bytes.toString("latin1");
      const fields = [...text.matchAll(/(,|: )([^,\n]+)/g)];
      if (fields.length === 0) return bytes;
      const hit = fields[m.nth % fields.length] as RegExpExecArray;
      const start = hit.index + (hit[1] as string).length;
      return Buffer.from(text.slice(0, start) + text.slice(hit.index + hit[0].length), "latin1");
    }
    case "nest": {
      const i = at(m.at);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from(m.open.repeat(m.depth)), bytes.subarray(i)]);
    }
  }
}

/** The bytes of `valid` after one to three mutations. */
export function mutatedBytes(valid: string | Buffer): fc.Arbitrary<Buffer> {
  const start = typeof valid === "string" ? Buffer.from(valid, "utf8") : valid;
  return fc
    .array(mutationArb, { minLength: 1, maxLength: 3 })
    .map((mutations) => mutations.reduce(applyMutation, start));
}

/** The text of `valid` after mutations, as a string (for readers that take text, not bytes). */
export const mutatedText = (valid: string): fc.Arbitrary<string> =>
  mutatedBytes(valid).map((b) => b.toString("utf8"));

/** A JSON-like value of plausible and implausible leaves, for structure-aware bodies and files. */
export const oddLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", "a", "lab", "cloud", "__proto__", "constructor", "1e309", "2026-01-01", "NaN"),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, 0.5, 1e300, -1e300, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
);

export const oddValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    oddLeaf,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("id", "name", "a", "__proto__", "x"), tie("value"), { maxKeys: 3 }),
  ),
})).value;

/** Codes that neither catalogue can word (a problem a reader made up without a message). */
export function unknownCodes(codes: Iterable<string>): string[] {
  return [...new Set(codes)].filter(
    (c) => !hasMessage("en", `problem.${c}`) || !hasMessage("ar", `problem.${c}`),
  );
}

/** `promise`, or a rejection naming `what` when it takes longer than `ms` (a hang is a failure). */
export async function within<T>(ms: number, what: string, promise: Promise<T> | T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * fast-check parameters of this suite: the fixed seed and a modest number of runs, so CI sees the same
 * cases every time. To search further by hand: HALQA_FUZZ_SEED=<n> HALQA_FUZZ_SCALE=<k> npx vitest run
 * src/fuzz (a counterexample found so becomes a plain test in src/fuzz/regressions.test.ts).
 */
export function fuzzParams(numRuns: number) {
  const seed = Number(process.env.HALQA_FUZZ_SEED ?? FUZZ_SEED);
  const scale = Number(process.env.HALQA_FUZZ_SCALE ?? 1);
  return { seed, numRuns: Math.max(1, Math.round(numRuns * scale)), endOnFailure: true };
}

const SHOCK_TYPES = [
  "revenue-shortfall",
  "share-price-fall",
  "payment-delay",
  "credit-pullback",
  "power-delay",
  "default",
];
const MODELS = ["eisenberg-noe", "rogers-veraart", "furfine", "debtrank", "linear-debtrank", "neva", "bogus"];
const ID_LIKE = fc.oneof(fc.constantFrom("lab", "chips", "cloud", "A", "B", "C", "nobody"), oddLeaf);

/** A scenario object whose fields are plausible names holding plausible or wrongly typed values. */
export const scenarioArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    id: fc.oneof(fc.constant("s"), oddLeaf),
    title: fc.oneof(fc.constant({ en: "s", ar: "س" }), oddValue),
    model: fc.oneof(
      fc.record(
        { name: fc.constantFrom(...MODELS), lgd: oddLeaf, alpha: oddLeaf },
        { requiredKeys: ["name"] },
      ),
      oddValue,
    ),
    shocks: fc.oneof(
      fc.array(
        fc.record(
          {
            type: fc.oneof(fc.constantFrom(...SHOCK_TYPES), oddLeaf),
            entity: ID_LIKE,
            fraction: fc.oneof(fc.constantFrom(0.5, 1, 0, 1.5, -0.1), oddLeaf),
            months: oddLeaf,
            lenders: fc.oneof(fc.constant("all"), oddValue),
          },
          { requiredKeys: ["type"] },
        ),
        { maxLength: 3 },
      ),
      oddValue,
    ),
    asOf: oddLeaf,
    parameters: oddValue,
  },
  { requiredKeys: ["id", "shocks"] },
);

/** A plain network whose nodes, liabilities and model hold plausible or wrongly typed values. */
export const networkArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    nodes: fc.oneof(
      fc.array(
        fc.record(
          { id: ID_LIKE, externalAssets: oddLeaf, externalLiabilities: oddLeaf, capital: oddLeaf },
          { requiredKeys: ["id"] },
        ),
        { maxLength: 4 },
      ),
      oddValue,
    ),
    liabilities: fc.oneof(
      fc.array(fc.record({ debtor: ID_LIKE, creditor: ID_LIKE, amount: oddLeaf }), { maxLength: 4 }),
      oddValue,
    ),
    holdings: oddValue,
    shocks: oddValue,
    model: fc.oneof(
      fc.record(
        { name: fc.constantFrom(...MODELS), lgd: oddLeaf, recovery: oddLeaf, maturity: oddLeaf },
        { requiredKeys: ["name"] },
      ),
      oddValue,
    ),
  },
  { requiredKeys: ["nodes"] },
);
