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
import { firstAfterNear } from "../graph/sorted-search.ts";
import type { PreparedLedger } from "./prepare.ts";

const EXACT_LEVELS = 8;
const STAMP_LIMIT = 0x7ffffffe;

export class ClosingTimes {
  /** Candidate j is the incoming-adjacency position candPos[j], a transaction into candTo[j]. */
  candPos: Int32Array;
  candTo: Int32Array;
  /**
   * candTime[j]: the time of candidate j, copied beside it so the forward search reads its
   * candidates in one sequential sweep instead of jumping into the in-adjacency for each time.
   */
  candTime: Float64Array;
  /** Candidates paid by account u: candStart[u] … candEnd[u] − 1 (valid when isReached(u)). */
  readonly candStart: Int32Array;
  readonly candEnd: Int32Array;
  /** Incoming transactions read, over all starts: the cost of the prune. */
  steps = 0;

  private readonly into: PreparedLedger["into"];
  private root = -1;
  private built = true;
  private readonly maxHops: number;
  /** Closing times: levels[u · slots + levelOf(h)] is C_h(u) (see closing). */
  readonly slots: number;
  readonly levels: Float64Array;
  /**
   * Per-account state the rounds touch together for each payer they read, interleaved so one random
   * access brings all of it into cache: current[2u] (u's latest closing time so far) shares 16 bytes
   * with marks[4u + 2] (u reached by this start when it equals mark) and marks[4u + 3] (u queued for
   * the next round when it equals queueMark).
   */
  private readonly current: Float64Array;
  private readonly marks: Int32Array;
  private mark = 0;
  private rounds = 0;
  /**
   * intoHint[x]: where the last search of x's incoming run landed. Starts come in time order within a
   * block, so the next search for x lands close by: searched from there (firstAfterNear), not anew.
   */
  private readonly intoHint: Int32Array;
  private readonly scanFrom: Int32Array;
  private readonly scanTo: Int32Array;
  private readonly scanMark: Int32Array;
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
    this.maxHops = maxHops;
    this.slots = Math.max(1, Math.min(maxHops - 2, EXACT_LEVELS));
    this.levels = new Float64Array(n * this.slots);
    const state = new ArrayBuffer(n * 16);
    this.current = new Float64Array(state);
    this.marks = new Int32Array(state);
    this.intoHint = new Int32Array(n);
    this.scanFrom = new Int32Array(n);
    this.scanTo = new Int32Array(n);
    this.scanMark = new Int32Array(n);
    this.scanned = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.upcoming = new Int32Array(n);
    this.candStart = new Int32Array(n);
    this.candEnd = new Int32Array(n);
    this.candPos = new Int32Array(1024);
    this.candTo = new Int32Array(1024);
    this.candTime = new Float64Array(1024);
  }

  /** True when u (≠ s) can reach s in time within maxHops − 2 transactions. */
  isReached(u: number): boolean {
    return this.marks[4 * u + 2] === this.mark;
  }

  /** C_h(u) for h ≥ 1 (u reached): the latest departure from u that still closes within h hops. */
  closing(u: number, h: number): number {
    return this.levels[u * this.slots + Math.min(h, this.rounds, this.slots) - 1] as number;
  }

  /** The level C_h is stored at, for a loop over many accounts; −1 when no round has run. */
  levelOf(h: number): number {
    return Math.min(h, this.rounds, this.slots) - 1;
  }

  /** Any transaction into s in (t0, tEnd]? If not, no cycle can start at s at t0. */
  canClose(s: number, t0: number, tEnd: number): boolean {
    const { offsets, time } = this.into;
    const end = offsets[s + 1] as number;
    const q = firstAfterNear(time, offsets[s] as number, end, t0, this.intoHint[s] as number);
    return q < end && (time[q] as number) <= tEnd;
  }

  /** Computes the closing times for start account s at t0, then the candidate transactions. */
  compute(s: number, t0: number, tEnd: number): void {
    this.clear();
    this.marks[4 * s + 2] = this.mark;
    this.current[2 * s] = Number.POSITIVE_INFINITY;
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
      for (let i = 2; i < this.marks.length; i += 4) this.marks[i] = 0;
      this.scanMark.fill(0);
      this.mark = 0;
    }
    this.mark++;
    this.scannedCount = 0;
    this.touchedCount = 0;
  }

  /** One Bellman–Ford round: relaxes the incoming transactions of the frontier; returns the next size. */
  private round(s: number, h: number, t0: number, tEnd: number, size: number): number {
    const { offsets, end: payer, time } = this.into;
    const { marks, current, scanFrom, scanTo, scanMark, frontier, upcoming, mark } = this;
    if (this.queueMark >= STAMP_LIMIT) {
      for (let i = 3; i < marks.length; i += 4) marks[i] = 0;
      this.queueMark = 0;
    }
    const qmark = ++this.queueMark;
    let count = 0;
    let steps = 0;
    for (let i = 0; i < size; i++) {
      const x = frontier[i] as number;
      const limit = x === s ? Number.POSITIVE_INFINITY : this.closing(x, h - 1);
      const end = offsets[x + 1] as number;
      if (scanMark[x] !== mark) {
        scanMark[x] = mark;
        const first = firstAfterNear(time, offsets[x] as number, end, t0, this.intoHint[x] as number);
        this.intoHint[x] = first;
        scanFrom[x] = first;
        scanTo[x] = first;
        this.scanned[this.scannedCount++] = x;
      }
      let q = scanTo[x] as number;
      for (; q < end; q++) {
        const t = time[q] as number;
        if (t > tEnd || !(t < limit)) break;
        steps++;
        const u = payer[q] as number;
        if (u === s) continue;
        if (marks[4 * u + 2] !== mark) {
          marks[4 * u + 2] = mark;
          current[2 * u] = t;
          this.reach(u, h);
        } else if (t > (current[2 * u] as number)) {
          current[2 * u] = t;
        } else {
          continue;
        }
        if (marks[4 * u + 3] !== qmark) {
          marks[4 * u + 3] = qmark;
          upcoming[count++] = u;
        }
      }
      scanTo[x] = q;
    }
    this.steps += steps;
    this.frontier = upcoming;
    this.upcoming = frontier;
    return count;
  }

  /** First reached in round h: no path of fewer hops, so the lower levels are −∞. */
  private reach(u: number, h: number): void {
    this.touched[this.touchedCount++] = u;
    const base = u * this.slots;
    const below = Math.min(h, this.slots) - 1;
    for (let k = 0; k < below; k++) this.levels[base + k] = Number.NEGATIVE_INFINITY;
  }

  /**
   * Level h (or the last stored level, above EXACT_LEVELS) takes the values after round h. Past the
   * last level, only the `changed` accounts (the next frontier) can differ from what it holds, so a
   * long search (a ring of thousands of hops) costs O(changes) per round, not O(accounts reached).
   */
  private snapshot(h: number, changed: number): void {
    const slot = Math.min(h, this.slots) - 1;
    const { levels, current, slots } = this;
    const [list, count] = h > slots ? [this.frontier, changed] : [this.touched, this.touchedCount];
    for (let i = 0; i < count; i++) {
      const u = list[i] as number;
      levels[u * slots + slot] = current[2 * u] as number;
    }
  }

  /**
   * Regroups the scanned transactions (those that can lie on a cycle) by payer. s was scanned first,
   * so each payer's payments back to s lead its list: the search's last hop reads only those.
   */
  private candidates(s: number): void {
    const { end: payer, time } = this.into;
    const { touched, candStart, candEnd, scanFrom, scanTo, scanned } = this;
    for (let i = 0; i < this.touchedCount; i++) candEnd[touched[i] as number] = 0;
    let total = 0;
    for (let i = 0; i < this.scannedCount; i++) {
      const x = scanned[i] as number;
      const to = scanTo[x] as number;
      for (let q = scanFrom[x] as number; q < to; q++) {
        const u = payer[q] as number;
        if (u === s) continue;
        candEnd[u] = (candEnd[u] as number) + 1;
        total++;
      }
    }
    this.steps += total;
    if (total > this.candPos.length) {
      const size = Math.max(total, this.candPos.length * 2);
      this.candPos = new Int32Array(size);
      this.candTo = new Int32Array(size);
      this.candTime = new Float64Array(size);
    }
    let at = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const u = touched[i] as number;
      const count = candEnd[u] as number;
      candStart[u] = at;
      candEnd[u] = at;
      at += count;
    }
    const { candPos, candTo, candTime } = this;
    for (let i = 0; i < this.scannedCount; i++) {
      const x = scanned[i] as number;
      const to = scanTo[x] as number;
      for (let q = scanFrom[x] as number; q < to; q++) {
        const u = payer[q] as number;
        if (u === s) continue;
        const j = candEnd[u] as number;
        candEnd[u] = j + 1;
        candPos[j] = q;
        candTo[j] = x;
        candTime[j] = time[q] as number;
      }
    }
    if (this.ordered) this.orderRuns();
  }

  /** Sorts each payer's run of candidates by (time, ledger index). */
  private orderRuns(): void {
    const { time, edge } = this.into;
    const { candPos, candTo, candTime, candStart, candEnd, touched } = this;
    const before = (a: number, b: number): number => {
      const ta = time[candPos[a] as number] as number;
      const tb = time[candPos[b] as number] as number;
      if (ta !== tb) return ta < tb ? -1 : 1;
      return (edge[candPos[a] as number] as number) - (edge[candPos[b] as number] as number);
    };
    for (let i = 0; i < this.touchedCount; i++) {
      const u = touched[i] as number;
      const from = candStart[u] as number;
      const to = candEnd[u] as number;
      if (to - from < 2) continue;
      const run = Array.from({ length: to - from }, (_, k) => from + k).sort(before);
      const positions = run.map((j) => candPos[j] as number);
      const payees = run.map((j) => candTo[j] as number);
      const times = run.map((j) => candTime[j] as number);
      candPos.set(positions, from);
      candTo.set(payees, from);
      candTime.set(times, from);
    }
  }
}
