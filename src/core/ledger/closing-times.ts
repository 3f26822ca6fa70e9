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
 * times are Int32 (−1 for "cannot", 2^31 − 1 for "any time"). Everything the rounds and the forward
 * search read of one account — its reached and queued marks, its running closing time, where its
 * incoming run starts and ends and where it was last scanned, its candidate range and its closing-time
 * levels — sits in one record of `stride` Int32s (64 bytes for up to 5 levels): one cache miss per
 * account visited instead of one per array. The incoming transactions are read as interleaved
 * [payer, tick] pairs, one stream.
 *
 * Levels are stored exactly for h ≤ EXACT_LEVELS; above that, the last stored level holds the value
 * at the final round, an upper bound for every larger h (still a valid prune, never a lost cycle).
 *
 * References: [1] R. Kumar, T. Calders (2018), "2SCENT: An Efficient Algorithm to Enumerate All Simple
 * Temporal Cycles", PVLDB 11(11), 1441–1453. [2] J. Blanuša, P. Ienne, K. Atasu (2022), "Scalable
 * fine-grained parallel cycle enumeration algorithms", SPAA '22, 247–258.
 *
 * Complexity per start: O(L · r + q) time for r accounts reached and q transactions scanned (each at
 * most once, plus a binary search per account), O(n · min(L, EXACT_LEVELS) + q) space, reused.
 */
import type { PreparedLedger } from "./prepare.ts";
import { firstTickAfterNear } from "./tick-search.ts";

const EXACT_LEVELS = 8;
const STAMP_LIMIT = 0x7ffffffe;
/** Closing-time ticks: "no way home" and "home at any time" (ticks are ≥ 0 and < 2^31 − 1). */
export const NEVER = -1;
export const ANYTIME = 0x7fffffff;

/** Fields of an account's record (ClosingTimes.record, `stride` Int32s per account). */
const REACHED = 0; // = mark: reached by the current prune
const QUEUED = 1; // = queueMark: in the next round's frontier
const CURRENT = 2; // its latest closing time so far (a tick)
const SCANNED = 3; // = mark: its incoming run has been scanned from HINT to SCAN_TO
/**
 * Where the last search of its incoming run landed (see firstTickAfterNear) — and, once scanned by the
 * current prune, where that scan began. HINT is the answer for every t0 with LOW ≤ t0 < HIGH: LOW is
 * the tick just before it (−1 at the run's start), HIGH the tick at it (ANYTIME at the run's end). So
 * most accounts a prune reaches — whose next payment in lies beyond the window — are dismissed from
 * the record alone, without reading their run at all (the cache miss that dominated the profile).
 */
const HINT = 4;
const SCAN_TO = 5;
const LOW = 6;
const HIGH = 7;
const INTO_FROM = 8; // its incoming run: positions INTO_FROM … INTO_TO − 1 of the in-adjacency
const INTO_TO = 9;
export const CAND_START = 10; // its candidates: CAND_START … CAND_END − 1 (valid when reached)
export const CAND_END = 11;
export const LEVEL0 = 12; // closing-time levels: C_h at LEVEL0 + levelOf(h)

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
  /** Per-account records, `stride` Int32s each (fields above). */
  readonly record: Int32Array;
  readonly stride: number;
  /** Closing-time levels stored per account (levelOf maps a hop budget to one). */
  readonly slots: number;

  private readonly into: PreparedLedger["into"];
  private readonly pairs: Int32Array;
  private root = -1;
  private built = true;
  private readonly maxHops: number;
  private mark = 0;
  private rounds = 0;
  private readonly scanned: Int32Array;
  private scannedCount = 0;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private frontier: Int32Array;
  private upcoming: Int32Array;
  private queueMark = 0;

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
    this.stride = (LEVEL0 + this.slots + 3) & ~3;
    const record = new Int32Array(n * this.stride);
    const { offsets } = prepared.into;
    for (let u = 0; u < n; u++) {
      const at = u * this.stride;
      record[at + INTO_FROM] = offsets[u] as number;
      record[at + INTO_TO] = offsets[u + 1] as number;
      record[at + HINT] = offsets[u] as number;
      record[at + LOW] = 1; // an empty interval: the first search is a real one
      record[at + HIGH] = 0;
    }
    this.record = record;
    this.scanned = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.upcoming = new Int32Array(n);
    this.candPos = new Int32Array(1024);
    this.cand = new Int32Array(2048);
  }

  /** True when u (≠ s) can reach s in time within maxHops − 2 transactions. */
  isReached(u: number): boolean {
    return this.record[u * this.stride + REACHED] === this.mark;
  }

  /** C_h(u) for h ≥ 1 (u reached): the latest departure tick from u that still closes within h hops. */
  closing(u: number, h: number): number {
    return this.record[u * this.stride + LEVEL0 + Math.min(h, this.rounds, this.slots) - 1] as number;
  }

  /** The level C_h is stored at (record field LEVEL0 + it), for a loop over many accounts; −1 when no round has run. */
  levelOf(h: number): number {
    return Math.min(h, this.rounds, this.slots) - 1;
  }

  /** Any transaction into s at a tick in (t0, tEnd]? If not, no cycle can start at s at t0. */
  canClose(s: number, t0: number, tEnd: number): boolean {
    const { record, pairs } = this;
    const at = s * this.stride;
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
    const at = s * this.stride;
    this.record[at + REACHED] = this.mark;
    this.record[at + CURRENT] = ANYTIME;
    this.frontier[0] = s;
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

  /** Forgets the last start: no account is reached. */
  clear(): void {
    this.built = true; // nothing reached: no candidates
    if (this.mark >= STAMP_LIMIT) {
      for (let i = 0; i < this.record.length; i += this.stride) {
        this.record[i + REACHED] = 0;
        this.record[i + SCANNED] = 0;
      }
      this.mark = 0;
    }
    this.mark++;
    this.scannedCount = 0;
    this.touchedCount = 0;
  }

  /** One Bellman–Ford round: relaxes the incoming transactions of the frontier; returns the next size. */
  private round(s: number, h: number, t0: number, tEnd: number, size: number): number {
    const { record, stride, pairs, frontier, upcoming, mark, scanned } = this;
    if (this.queueMark >= STAMP_LIMIT) {
      for (let i = 0; i < record.length; i += stride) record[i + QUEUED] = 0;
      this.queueMark = 0;
    }
    const qmark = ++this.queueMark;
    // C_{h−1}: the level a frontier account's incoming transactions must arrive before.
    const below = LEVEL0 + Math.min(h - 1, this.slots) - 1;
    let count = 0;
    let steps = 0;
    for (let i = 0; i < size; i++) {
      const x = frontier[i] as number;
      const at = x * stride;
      const limit = x === s ? ANYTIME : (record[at + below] as number);
      const end = record[at + INTO_TO] as number;
      let q: number;
      if (record[at + SCANNED] !== mark) {
        record[at + SCANNED] = mark;
        scanned[this.scannedCount++] = x;
        if (!((record[at + LOW] as number) <= t0 && t0 < (record[at + HIGH] as number))) {
          const from = record[at + INTO_FROM] as number;
          q = firstTickAfterNear(pairs, from, end, t0, record[at + HINT] as number);
          record[at + HINT] = q;
          record[at + LOW] = q > from ? (pairs[2 * q - 1] as number) : NEVER;
          record[at + HIGH] = q < end ? (pairs[2 * q + 1] as number) : ANYTIME;
        } else {
          q = record[at + HINT] as number;
        }
      } else {
        q = record[at + SCAN_TO] as number;
      }
      if (q === record[at + HINT]) {
        // The run's first tick after t0 is in the record: nothing to read when it is already too late.
        const t = record[at + HIGH] as number;
        if (t > tEnd || !(t < limit)) {
          record[at + SCAN_TO] = q;
          continue;
        }
      }
      for (; q < end; q++) {
        const t = pairs[2 * q + 1] as number;
        if (t > tEnd || !(t < limit)) break;
        steps++;
        const u = pairs[2 * q] as number;
        if (u === s) continue;
        const ut = u * stride;
        // CAND_END counts u's scanned payments (its candidates, see candidates()) while its record is
        // in cache here, instead of in a second pass over the scanned runs.
        if (record[ut + REACHED] !== mark) {
          record[ut + REACHED] = mark;
          record[ut + CURRENT] = t;
          record[ut + CAND_END] = 1;
          this.reach(u, h);
        } else {
          record[ut + CAND_END] = (record[ut + CAND_END] as number) + 1;
          if (t > (record[ut + CURRENT] as number)) record[ut + CURRENT] = t;
          else continue;
        }
        if (record[ut + QUEUED] !== qmark) {
          record[ut + QUEUED] = qmark;
          upcoming[count++] = u;
        }
      }
      record[at + SCAN_TO] = q;
    }
    this.steps += steps;
    this.frontier = upcoming;
    this.upcoming = frontier;
    return count;
  }

  /** First reached in round h: no path of fewer hops, so the lower levels are NEVER. */
  private reach(u: number, h: number): void {
    this.touched[this.touchedCount++] = u;
    const base = u * this.stride + LEVEL0;
    const below = Math.min(h, this.slots) - 1;
    for (let k = 0; k < below; k++) this.record[base + k] = NEVER;
  }

  /**
   * Level h (or the last stored level, above EXACT_LEVELS) takes the values after round h. Past the
   * last level, only the `changed` accounts (the next frontier) can differ from what it holds, so a
   * long search (a ring of thousands of hops) costs O(changes) per round, not O(accounts reached).
   */
  private snapshot(h: number, changed: number): void {
    const field = LEVEL0 + Math.min(h, this.slots) - 1;
    const { record, stride } = this;
    const [list, count] = h > this.slots ? [this.frontier, changed] : [this.touched, this.touchedCount];
    for (let i = 0; i < count; i++) {
      const at = (list[i] as number) * stride;
      record[at + field] = record[at + CURRENT] as number;
    }
  }

  /**
   * Regroups the scanned transactions (those that can lie on a cycle) by payer. s was scanned first,
   * so each payer's payments back to s lead its list: the search's last hop reads only those.
   */
  private candidates(s: number): void {
    const { touched, scanned, record, stride, pairs } = this;
    // Each reached payer's count of scanned payments is in its CAND_END (the rounds counted them):
    // their running sum places the payers' runs.
    let total = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const at = (touched[i] as number) * stride;
      const count = record[at + CAND_END] as number;
      record[at + CAND_START] = total;
      record[at + CAND_END] = total;
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
      const at = x * stride;
      const to = record[at + SCAN_TO] as number;
      for (let q = record[at + HINT] as number; q < to; q++) {
        const u = pairs[2 * q] as number;
        if (u === s) continue;
        const field = u * stride + CAND_END;
        const j = record[field] as number;
        record[field] = j + 1;
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
    const { candPos, cand, touched, record, stride } = this;
    const before = (a: number, b: number): number => {
      const ta = cand[2 * a + 1] as number;
      const tb = cand[2 * b + 1] as number;
      if (ta !== tb) return ta - tb;
      return (edge[candPos[a] as number] as number) - (edge[candPos[b] as number] as number);
    };
    for (let i = 0; i < this.touchedCount; i++) {
      const at = (touched[i] as number) * stride;
      const from = record[at + CAND_START] as number;
      const to = record[at + CAND_END] as number;
      if (to - from < 2) continue;
      const run = Array.from({ length: to - from }, (_, k) => from + k).sort(before);
      const positions = run.map((j) => candPos[j] as number);
      const pairs = run.flatMap((j) => [cand[2 * j] as number, cand[2 * j + 1] as number]);
      candPos.set(positions, from);
      cand.set(pairs, 2 * from);
    }
  }
}
