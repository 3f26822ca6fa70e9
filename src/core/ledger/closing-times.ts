/**
 * The prune of the temporal ledger search: for one start transaction s → v at time t0, which accounts
 * can still get the money back to s in time, how late, and in how many hops — and from that, the only
 * transactions the forward search needs to look at.
 *
 * Closing times by hop budget. C_h(u) is the latest time a time-respecting path of at most h
 * transactions can leave u and arrive at s, using transactions in (t0, t0 + window]. C_0(s) = +∞ and
 *   C_h(u) = max(C_{h−1}(u), max{ t : u → x at time t, t0 < t ≤ t0 + window, t < C_{h−1}(x) }).
 * This extends the closing times of 2SCENT (Kumar & Calders 2018) with a hop index: a path that has
 * used k transactions and enters x at time t can only close if t < C_{L−k−1}(x), which is sharper than
 * "before x's closing time, and x's fewest hops still fit" when the late way home is also the long
 * one. The rounds are Bellman–Ford rounds over reversed transactions, relaxing only accounts whose
 * value rose in the round before; each account's incoming transactions are sorted by time, so a round
 * scans only those after the part scanned before and below the account's current bound — every
 * incoming transaction is read at most once per start.
 *
 * Rounds. The search's first hop leaves v, which has L − 1 hops left, and reads v's own payments in
 * time order, testing each against C_{L−2} of its payee; so only L − 2 rounds are needed — the last,
 * widest round of the backward ball is never scanned.
 *
 * Candidate transactions. From the second hop on, a transaction u → x at time t can appear on a cycle
 * only if t < C_{L−3}(x) (or x = s and t ≤ t0 + window); those are exactly the transactions the rounds
 * scanned. They are regrouped by payer into a small per-start adjacency, so the forward search from u
 * reads only transactions that lead somewhere, never a hub's full list. This is the per-root candidate
 * set of Blanuša, Ienne & Atasu (2022), built from the time-respecting closing times instead of a plain
 * reachability pass; it is built only when a search reaches its second hop.
 *
 * Layout. Times are ticks (prepare.ts, TimeTicks): 32-bit ranks of the distinct times, so closing
 * times are Int32 (−1 for "cannot", 2^31 − 1 for "any time"). What must persist from one start to the
 * next about an account — where its incoming run is, where the last search of it landed and the ticks
 * around that — sits in one 32-byte record, with the account's place in this prune's lists; what a
 * prune computes about the accounts it reaches — running closing time, levels, candidate range — is
 * kept densely by order of reaching, so it stays in cache however many accounts the ledger has, and
 * each account a round visits costs one 32-byte read. Membership of the reached and scanned lists is
 * a sparse-set test (Briggs & Torczon 1993): an account's slot is valid when the list holds it there,
 * so nothing is cleared between starts. The incoming transactions are read as interleaved
 * [payer, tick] pairs, one stream.
 *
 * Levels are stored exactly for h ≤ EXACT_LEVELS; above that, the last stored level holds the value
 * at the final round, an upper bound for every larger h (still a valid prune, never a lost cycle).
 *
 * References: [1] R. Kumar, T. Calders (2018), "2SCENT: An Efficient Algorithm to Enumerate All Simple
 * Temporal Cycles", PVLDB 11(11), 1441–1453. [2] J. Blanuša, P. Ienne, K. Atasu (2022), "Scalable
 * fine-grained parallel cycle enumeration algorithms", SPAA '22, 247–258. [3] P. Briggs, L. Torczon
 * (1993), "An Efficient Representation for Sparse Sets", ACM LOPLAS 2(1–4), 59–69.
 *
 * Complexity per start: O(L · r + q) time for r accounts reached and q transactions scanned (each at
 * most once, plus a binary search per account), O(n · min(L, EXACT_LEVELS) + q) space, reused.
 */
import type { PreparedLedger } from "./prepare.ts";
import { firstTickAfterNear } from "./tick-search.ts";

const EXACT_LEVELS = 8;
/** Closing-time ticks: "no way home" and "home at any time" (ticks are ≥ 0 and < 2^31 − 1). */
export const NEVER = -1;
export const ANYTIME = 0x7fffffff;

/** Fields of an account's record (ClosingTimes.record, RECORD Int32s per account). */
/** Its index in the reached list (ClosingTimes.reachedSlot): valid when the list holds it there. */
export const REACHED = 0;
/** Its index in the scanned list: valid when the list holds it there. */
const SCANNED = 1;
/**
 * Where the last search of its incoming run landed (see firstTickAfterNear). HINT is the answer for
 * every t0 with LOW ≤ t0 < HIGH: LOW is the tick just before it (−1 at the run's start), HIGH the tick
 * at it (ANYTIME at the run's end). So most accounts a prune reaches — whose next payment in lies
 * beyond the window — are dismissed from the record alone, without reading their run at all.
 */
const HINT = 2;
const LOW = 3;
const HIGH = 4;
const INTO_FROM = 5; // its incoming run: positions INTO_FROM … INTO_TO − 1 of the in-adjacency
const INTO_TO = 6;
export const RECORD = 8;

export class ClosingTimes {
  /** Candidate j is the in-adjacency position candPos[j], a transaction into cand[2j] at tick cand[2j + 1]. */
  candPos: Int32Array;
  /**
   * [payee, tick] of each candidate, interleaved, so the forward search reads its candidates in one
   * sequential sweep.
   */
  cand: Int32Array;
  /** Incoming transactions read, over all starts: the cost of the prune. */
  steps = 0;
  /** Per-account records, RECORD Int32s each (fields above). */
  readonly record: Int32Array;
  /** Closing-time levels stored per reached account (levelOf maps a hop budget to one). */
  readonly slots: number;
  /** By reached slot r (record field REACHED): C_h at levels[r · slots + levelOf(h)]. */
  readonly levels: Int32Array;
  /** By reached slot r: its candidates are runs[2r] … runs[2r + 1] − 1 (once built). */
  readonly runs: Int32Array;

  private readonly into: PreparedLedger["into"];
  private readonly pairs: Int32Array;
  private root = -1;
  private built = true;
  private readonly maxHops: number;
  private rounds = 0;
  /** The accounts reached, in order of reaching (the root s first), and their running closing times. */
  private readonly reached: Int32Array;
  private reachedCount = 0;
  private readonly current: Int32Array;
  /** The accounts whose incoming run was scanned, and the span scanned: scanFrom … scanTo − 1. */
  private readonly scanned: Int32Array;
  private scannedCount = 0;
  private readonly scanFrom: Int32Array;
  private readonly scanTo: Int32Array;
  /** Reached slots of this round's frontier and the next one's. */
  private frontier: Int32Array;
  private upcoming: Int32Array;

  /**
   * `ordered`: each payer's candidates in (time, ledger index) order rather than grouped by payee with
   * the payments back home first, so a search reading them finds one start's cycles in a fixed order
   * (cycles/temporal-cycles.ts lists them so); it costs a sort per payer and start.
   */
  constructor(
    prepared: PreparedLedger,
    maxHops: number,
    private readonly ordered = false,
  ) {
    const n = prepared.accountCount;
    this.into = prepared.into;
    this.pairs = prepared.into.endTick as Int32Array;
    this.maxHops = maxHops;
    this.slots = Math.max(1, Math.min(maxHops - 2, EXACT_LEVELS));
    const record = new Int32Array(n * RECORD);
    const { offsets } = prepared.into;
    for (let u = 0; u < n; u++) {
      const at = u * RECORD;
      record[at + INTO_FROM] = offsets[u] as number;
      record[at + INTO_TO] = offsets[u + 1] as number;
      record[at + HINT] = offsets[u] as number;
      record[at + LOW] = 1; // an empty interval: the first search is a real one
      record[at + HIGH] = 0;
    }
    this.record = record;
    this.levels = new Int32Array(n * this.slots);
    this.runs = new Int32Array(2 * n);
    this.reached = new Int32Array(n);
    this.current = new Int32Array(n);
    this.scanned = new Int32Array(n);
    this.scanFrom = new Int32Array(n);
    this.scanTo = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.upcoming = new Int32Array(n);
    this.candPos = new Int32Array(1024);
    this.cand = new Int32Array(2048);
  }

  /** u's reached slot when the current prune reached u (or u is its root), else −1. */
  reachedSlot(u: number): number {
    const r = this.record[u * RECORD + REACHED] as number;
    return r < this.reachedCount && this.reached[r] === u ? r : -1;
  }

  /** True when u (≠ s) can reach s in time within maxHops − 2 transactions. */
  isReached(u: number): boolean {
    return this.reachedSlot(u) >= 0;
  }

  /** C_h(u) for h ≥ 1 (u reached): the latest departure tick from u that still closes within h hops. */
  closing(u: number, h: number): number {
    const r = this.reachedSlot(u);
    return this.levels[r * this.slots + Math.min(h, this.rounds, this.slots) - 1] as number;
  }

  /** Where C_h sits among a reached account's levels, for a loop over many accounts; −1 when no round has run. */
  levelOf(h: number): number {
    return Math.min(h, this.rounds, this.slots) - 1;
  }

  /** Any transaction into s at a tick in (t0, tEnd]? If not, no cycle can start at s at t0. */
  canClose(s: number, t0: number, tEnd: number): boolean {
    const { record, pairs } = this;
    const at = s * RECORD;
    if ((record[at + LOW] as number) <= t0 && t0 < (record[at + HIGH] as number))
      return (record[at + HIGH] as number) <= tEnd; // HIGH is ANYTIME at the run's end
    const end = record[at + INTO_TO] as number;
    const from = record[at + INTO_FROM] as number;
    const q = firstTickAfterNear(pairs, from, end, t0, record[at + HINT] as number);
    return q < end && (pairs[2 * q + 1] as number) <= tEnd;
  }

  /** Computes the closing times for start account s at tick t0 (window's end: tick tEnd), then the candidates. */
  compute(s: number, t0: number, tEnd: number): void {
    this.clear();
    this.record[s * RECORD + REACHED] = 0;
    this.reached[0] = s;
    this.current[0] = ANYTIME;
    this.runs[1] = 0; // s pays itself nothing: an empty run of candidates
    this.reachedCount = 1;
    this.frontier[0] = 0;
    this.rounds = 0;
    let size = 1;
    // L − 2 rounds: the first hop (from v, at most L − 1 hops from home) reads v's own payments.
    for (let h = 1; h < this.maxHops - 1 && size > 0; h++) {
      size = this.round(s, h, t0, tEnd, size);
      this.snapshot(h, size);
      this.rounds = h;
    }
    this.root = s;
    this.built = false;
  }

  /**
   * Builds the candidate transactions of the last compute(), once: only when some start of the group
   * turns out to have a way back (most groups have none, and skip the cost).
   */
  ensureCandidates(): void {
    if (this.built) return;
    this.built = true;
    this.candidates(this.root);
  }

  /** Forgets the last start: no account is reached (the lists are emptied; no record is written). */
  clear(): void {
    this.built = true; // nothing reached: no candidates
    this.reachedCount = 0;
    this.scannedCount = 0;
  }

  /** One Bellman–Ford round: relaxes the incoming transactions of the frontier; returns the next size. */
  private round(s: number, h: number, t0: number, tEnd: number, size: number): number {
    const { record, pairs, frontier, upcoming, scanned, scanFrom, scanTo, reached, current, levels } = this;
    const { runs, slots } = this;
    // C_{h−1}: the level a frontier account's incoming transactions must arrive before (h ≥ 2). It also
    // says whether a payer is queued for the next round already: at the round's start every reached
    // account's running closing time equals it (snapshot), so a payer is queued when it is first
    // reached (reach() sets this level to NEVER) or when its closing time first rises in this round.
    const below = h > 1 ? Math.min(h - 1, slots) - 1 : -1;
    let count = 0;
    let steps = 0;
    for (let i = 0; i < size; i++) {
      const r = frontier[i] as number;
      const x = reached[r] as number;
      const at = x * RECORD;
      const limit = r === 0 ? ANYTIME : (levels[r * slots + below] as number); // slot 0 is s
      const end = record[at + INTO_TO] as number;
      let q: number;
      let slot = record[at + SCANNED] as number;
      if (!(slot < this.scannedCount && scanned[slot] === x)) {
        slot = this.scannedCount++;
        record[at + SCANNED] = slot;
        scanned[slot] = x;
        if (!((record[at + LOW] as number) <= t0 && t0 < (record[at + HIGH] as number))) {
          const from = record[at + INTO_FROM] as number;
          q = firstTickAfterNear(pairs, from, end, t0, record[at + HINT] as number);
          record[at + HINT] = q;
          record[at + LOW] = q > from ? (pairs[2 * q - 1] as number) : NEVER;
          record[at + HIGH] = q < end ? (pairs[2 * q + 1] as number) : ANYTIME;
        } else {
          q = record[at + HINT] as number;
        }
        scanFrom[slot] = q;
      } else {
        q = scanTo[slot] as number;
      }
      if (q === scanFrom[slot]) {
        // The run's first tick after t0 is in the record: nothing to read when it is already too late.
        const t = record[at + HIGH] as number;
        if (t > tEnd || !(t < limit)) {
          scanTo[slot] = q;
          continue;
        }
      }
      for (; q < end; q++) {
        const t = pairs[2 * q + 1] as number;
        if (t > tEnd || !(t < limit)) break;
        steps++;
        const u = pairs[2 * q] as number;
        if (u === s) continue;
        // runs[2ru + 1] counts u's scanned payments (its candidates, see candidates()) meanwhile.
        let ru = record[u * RECORD + REACHED] as number;
        if (!(ru < this.reachedCount && reached[ru] === u)) {
          ru = this.reach(u, h);
          current[ru] = t;
          runs[2 * ru + 1] = 1;
          upcoming[count++] = ru;
        } else {
          runs[2 * ru + 1] = (runs[2 * ru + 1] as number) + 1;
          const was = current[ru] as number;
          if (!(t > was)) continue;
          current[ru] = t;
          // Its first rise in this round (reached in an earlier one): queue it, once.
          if (below >= 0 && was === levels[ru * slots + below]) upcoming[count++] = ru;
        }
      }
      scanTo[slot] = q;
    }
    this.steps += steps;
    this.frontier = upcoming;
    this.upcoming = frontier;
    return count;
  }

  /**
   * First reached in round h: no path of fewer hops, so the lower levels are NEVER — and so is level
   * C_{h−1} past the last stored one, which the next snapshot overwrites: round() reads it to tell a
   * first reach from a rise. Returns u's reached slot.
   */
  private reach(u: number, h: number): number {
    const r = this.reachedCount++;
    this.reached[r] = u;
    this.record[u * RECORD + REACHED] = r;
    const base = r * this.slots;
    const below = Math.min(h - 1, this.slots);
    for (let k = 0; k < below; k++) this.levels[base + k] = NEVER;
    return r;
  }

  /**
   * Level h (or the last stored level, above EXACT_LEVELS) takes the values after round h. Past the
   * last level, only the `changed` accounts (the next frontier) can differ from what it holds, so a
   * long search (a ring of thousands of hops) costs O(changes) per round, not O(accounts reached).
   */
  private snapshot(h: number, changed: number): void {
    const { levels, current, slots } = this;
    const field = Math.min(h, slots) - 1;
    if (h > slots) {
      const { frontier } = this;
      for (let i = 0; i < changed; i++) {
        const r = frontier[i] as number;
        levels[r * slots + field] = current[r] as number;
      }
    } else {
      for (let r = 0; r < this.reachedCount; r++) levels[r * slots + field] = current[r] as number;
    }
  }

  /**
   * Regroups the scanned transactions (those that can lie on a cycle) by payer. s was scanned first,
   * so each payer's payments back to s lead its list: the search's last hop reads only those.
   */
  private candidates(s: number): void {
    const { reached, scanned, scanFrom, scanTo, record, runs, pairs } = this;
    // Each reached payer's count of scanned payments is in runs[2r + 1] (the rounds counted them):
    // their running sum places the payers' runs.
    let total = 0;
    for (let r = 0; r < this.reachedCount; r++) {
      const count = runs[2 * r + 1] as number;
      runs[2 * r] = total;
      runs[2 * r + 1] = total;
      total += count;
    }
    this.steps += total;
    if (total > this.candPos.length) {
      const size = Math.max(total, this.candPos.length * 2);
      this.candPos = new Int32Array(size);
      this.cand = new Int32Array(2 * size);
    }
    const { candPos, cand } = this;
    for (let i = 0; i < this.scannedCount; i++) {
      const x = scanned[i] as number;
      const to = scanTo[i] as number;
      for (let q = scanFrom[i] as number; q < to; q++) {
        const u = pairs[2 * q] as number;
        if (u === s) continue;
        const field = 2 * (record[u * RECORD + REACHED] as number) + 1;
        const j = runs[field] as number;
        runs[field] = j + 1;
        candPos[j] = q;
        cand[2 * j] = x;
        cand[2 * j + 1] = pairs[2 * q + 1] as number;
      }
    }
    if (this.ordered) this.orderRuns();
  }

  /** Sorts each payer's run of candidates by (time, ledger index). */
  private orderRuns(): void {
    const { edge } = this.into;
    const { candPos, cand, runs } = this;
    const before = (a: number, b: number): number => {
      const ta = cand[2 * a + 1] as number;
      const tb = cand[2 * b + 1] as number;
      if (ta !== tb) return ta - tb;
      return (edge[candPos[a] as number] as number) - (edge[candPos[b] as number] as number);
    };
    for (let r = 0; r < this.reachedCount; r++) {
      const from = runs[2 * r] as number;
      const to = runs[2 * r + 1] as number;
      if (to - from < 2) continue;
      const run = Array.from({ length: to - from }, (_, k) => from + k).sort(before);
      const positions = run.map((j) => candPos[j] as number);
      const pairs = run.flatMap((j) => [cand[2 * j] as number, cand[2 * j + 1] as number]);
      candPos.set(positions, from);
      cand.set(pairs, 2 * from);
    }
  }
}
