/**
 * Temporal cycles in a ledger: sequences of transactions e1 … ek (2 ≤ k ≤ maxHops) where each pays the
 * account the one before paid into, the last pays back the first's payer, no account is visited twice,
 * times strictly increase, and ts(ek) − ts(e1) ≤ window (inclusive). Parallel transactions are distinct
 * payments, so each gives its own cycles. With a retention band [low, high], every transaction's amount
 * lies within [low, high] × the previous one's; the band is checked as each hop is added (a prune).
 *
 * Each cycle is found once, from its earliest transaction (unique, as times strictly increase): the
 * search takes start transactions in (time block, payer, time, index) order and, for a start s → v at
 * t0, walks forward depth-first: the first hop over v's own payments in the window, the next ones
 * through the candidate transactions of the prune (closing-times.ts). Either way it enters an account
 * at time t only if the money can still return to s after t, before t0 + window, within the hops left. The starts of one payer within one time block (a
 * quarter of the window) share one prune computed for the union of their windows: a hub's thousand
 * starts a week then cost a few backward passes, not a thousand.
 *
 * The cursor is resumable and works on a range of start positions, so a driver can split the work:
 * `setRange` for a run of starts, `setTask` for one start restricted to a range of its first hops,
 * and `splitFirstHops` to hand away half of the first hops not yet tried of the current start — how a
 * huge hub-rooted search is shared between threads (Blanuša, Ienne & Atasu 2022). `steps` counts the
 * transactions the forward search examined; `prune.steps` those the prune read.
 *
 * References: [1] R. Kumar, T. Calders (2018), "2SCENT: An Efficient Algorithm to Enumerate All Simple
 * Temporal Cycles", PVLDB 11(11), 1441–1453. [2] J. Blanuša, P. Ienne, K. Atasu (2022), "Scalable
 * fine-grained parallel cycle enumeration algorithms", SPAA '22, 247–258.
 *
 * Complexity: per group of starts, the prune (see closing-times.ts); per start, the forward search,
 * which reads v's payments in the window, then only candidate transactions — at most O(c^(L−1)) paths for c candidates per account, each extended
 * only if it can still close; O(n · min(L, 8) + m) space, allocated once per cursor.
 */
import { ANYTIME, CAND_END, CAND_START, ClosingTimes, LEVEL0 } from "./closing-times.ts";
import { type Adjacency, blockOf, type PreparedLedger, type TimeTicks } from "./prepare.ts";
import { StartCursor } from "./start-cursor.ts";
import { firstTickAfterNear, windowEnds } from "./tick-search.ts";
import type { ScanOptions } from "./types.ts";

export class TemporalLedgerSearch extends StartCursor {
  readonly prune: ClosingTimes;

  private readonly prepared: PreparedLedger;
  private readonly window: number;
  private readonly maxHops: number;
  private readonly banded: boolean;
  private readonly low: number;
  private readonly high: number;
  /** time[k]: the tick of the payment that entered node[k] (see TimeTicks). */
  private readonly time: Int32Array;
  private readonly amount: Float64Array;
  private readonly ticks: TimeTicks;
  /** windowEnd[r]: the last tick within the window of a start at tick r. */
  private readonly windowEnd: Int32Array;
  private cachedAccount = -1;
  private cachedBlock = Number.NaN;
  private groupCloses = false;
  private tEnd = 0;
  /** Out-position of the current start's first possible first hop (tasks count from it). */
  private firstBase = 0;
  private readonly ownFrom: number;
  private readonly ownTo: number;
  private readonly sharded: boolean;

  private readonly ordered: boolean;
  /**
   * Per account v, OUT_STRIDE Int32s: its outgoing run's end, where the last search of the run for a
   * start's time landed, and the ticks just before and at that position — so a start whose payee v
   * pays no one in the window is dismissed from this record alone (see ClosingTimes' HINT).
   */
  private readonly outRecord: Int32Array;

  /**
   * `own`: search only starts timed in [fromMs, toMs) (a shard's own). `ordered`: find one start's
   * cycles in the order of their transactions' (time, ledger index), hop by hop — the order of a
   * depth-first search reading each account's payments in time order (see ClosingTimes).
   */
  constructor(
    prepared: PreparedLedger,
    options: ScanOptions,
    own: { fromMs?: number; toMs?: number } = {},
    ordered = false,
  ) {
    const maxHops = Math.min(options.maxHops, prepared.accountCount);
    super(maxHops, prepared.accountCount);
    this.ownFrom = own.fromMs ?? Number.NEGATIVE_INFINITY;
    this.ownTo = own.toMs ?? Number.POSITIVE_INFINITY;
    this.sharded = own.fromMs !== undefined || own.toMs !== undefined;
    this.prepared = prepared;
    this.window = options.windowMs;
    this.maxHops = maxHops;
    this.banded = options.retention !== undefined;
    this.low = options.retention?.low ?? 0;
    this.high = options.retention?.high ?? 0;
    this.ordered = ordered;
    this.prune = new ClosingTimes(prepared, this.maxHops, ordered);
    this.time = new Int32Array(maxHops + 1);
    this.ticks = prepared.ticks as TimeTicks;
    this.windowEnd = windowEnds(this.ticks.times, this.window);
    this.amount = new Float64Array(maxHops + 1);
    this.outRecord = outRecord(prepared);
  }

  protected firstHopOrigin(): number {
    return this.firstBase;
  }

  protected secondHopOrigin(): number {
    return this.prune.record[(this.node[2] as number) * this.prune.stride + CAND_START] as number;
  }

  override next(): boolean {
    const { path, node, time, amount, resume, stop, onPath, maxHops, banded, low, high } = this;
    const { amount: inAmount, edge: inEdge } = this.prepared.into;
    const prune = this.prune;
    this.paused = false;
    for (;;) {
      if (this.steps + prune.steps >= this.stepLimit) {
        this.paused = true;
        return false;
      }
      if (this.depth === 0 && !this.enterStart()) return false;
      if (this.depth === 1) {
        if (this.firstHop()) return true;
        continue;
      }
      const { candPos, cand, record, stride } = prune;
      const k = this.depth;
      const s = node[0] as number;
      const prevT = time[k] as number;
      const prevA = amount[k] as number;
      const tEnd = this.tEnd;
      const last = k + 1 >= maxHops;
      // The closing-time level every candidate of this hop is tested against (−1: none can go on).
      const level = last ? -1 : LEVEL0 + prune.levelOf(maxHops - k - 1);
      const end = stop[k] as number;
      let j = resume[k] as number;
      let steps = 0;
      let pushed = false;
      while (j < end) {
        const x = cand[2 * j] as number;
        if (last && x !== s) {
          if (!this.ordered) break; // at the last hop only payments back to s count; they come first
          j++;
          continue;
        }
        const t = cand[2 * j + 1] as number;
        j++;
        steps++;
        if (!(t > prevT) || t > tEnd) continue;
        let a = 0; // amounts matter only within a retention band
        if (banded) {
          a = inAmount[candPos[j - 1] as number] as number;
          if (!(a >= low * prevA && a <= high * prevA)) continue;
        }
        if (x === s) {
          resume[k] = j;
          path[k] = inEdge[candPos[j - 1] as number] as number;
          this.length = k + 1;
          this.steps += steps;
          return true;
        }
        if (level < 0 || onPath[x] === 1 || !(t < (record[x * stride + level] as number))) continue;
        resume[k] = j;
        path[k] = inEdge[candPos[j - 1] as number] as number;
        this.push(k + 1, x, t, a);
        pushed = true;
        break;
      }
      this.steps += steps;
      if (!pushed) {
        onPath[node[k] as number] = 0;
        this.depth = k - 1;
      }
    }
  }

  /**
   * The first hop: v's own payments in (t0, t0 + window], in time order. A payment back to s closes a
   * 2-cycle; one to x goes on if x can still get the money home, C_{L−2}(x) after it. Returns true on
   * a cycle; otherwise it has moved to the second hop or finished the start.
   */
  private firstHop(): boolean {
    const out = this.prepared.out as Adjacency;
    const { path, node, amount, resume, stop, onPath, maxHops, banded, low, high, prune } = this;
    const s = node[0] as number;
    const startAmount = amount[1] as number;
    const end = stop[1] as number;
    const { record, stride } = prune;
    const pairs = out.endTick as Int32Array;
    // C_{L−2}, the test of every payee (a record field; −1: none can go on).
    const level = maxHops <= 2 ? -1 : LEVEL0 + prune.levelOf(maxHops - 2);
    let j = resume[1] as number;
    let steps = 0;
    while (j < end) {
      const x = pairs[2 * j] as number;
      j++;
      steps++;
      let a = 0; // amounts matter only within a retention band
      if (banded) {
        a = out.amount[j - 1] as number;
        if (!(a >= low * startAmount && a <= high * startAmount)) continue;
      }
      if (x === s) {
        resume[1] = j;
        path[1] = out.edge[j - 1] as number;
        this.length = 2;
        this.steps += steps;
        return true;
      }
      if (level < 0 || onPath[x] === 1 || !prune.isReached(x)) continue;
      const t = pairs[2 * j - 1] as number;
      if (!(t < (record[x * stride + level] as number))) continue;
      prune.ensureCandidates();
      resume[1] = j;
      path[1] = out.edge[j - 1] as number;
      this.push(2, x, t, a);
      this.steps += steps;
      return false;
    }
    this.steps += steps;
    onPath[node[1] as number] = 0;
    onPath[s] = 0;
    this.depth = 0;
    return false;
  }

  /** Enters account x at depth k by a payment at tick t of amount a. */
  private push(k: number, x: number, t: number, a: number): void {
    this.node[k] = x;
    this.time[k] = t;
    this.amount[k] = a;
    const at = x * this.prune.stride;
    const from = this.prune.record[at + CAND_START] as number;
    const to = this.prune.record[at + CAND_END] as number;
    if (k === 2) this.secondHops(from, to, k);
    else {
      this.resume[k] = from;
      this.stop[k] = to;
    }
    this.onPath[x] = 1;
    this.depth = k;
  }

  /**
   * One prune for all starts of account s in this block: closing times over the union of their
   * windows, (earliest t0, latest t0 + window] — an upper bound of each start's own, so still safe.
   * False when nobody pays s in that span: no start of the group can close.
   */
  private pruneGroup(i: number, s: number, block: number): boolean {
    const { start, time } = this.prepared.starts;
    const size = this.prepared.size;
    const blockMs = this.prepared.blockMs;
    let first = i;
    while (first > 0 && start[first - 1] === s && blockOf(time[first - 1] as number, blockMs) === block)
      first--;
    let last = i;
    while (last + 1 < size && start[last + 1] === s && blockOf(time[last + 1] as number, blockMs) === block)
      last++;
    const { ofStart } = this.ticks;
    const from = ofStart[first] as number;
    const to = this.windowEnd[ofStart[last] as number] as number;
    if (!this.prune.canClose(s, from, to)) return false;
    this.prune.compute(s, from, to);
    return true;
  }

  /** Moves to the next start of the range that can close; puts it on the path. */
  private enterStart(): boolean {
    const { start, end, time, amount, edge } = this.prepared.starts;
    const out = this.prepared.out as Adjacency;
    const pairs = out.endTick as Int32Array;
    const { ofStart } = this.ticks;
    const record = this.outRecord;
    while (this.position < this.rangeEnd) {
      const i = this.position++;
      const s = start[i] as number;
      const v = end[i] as number;
      const ms = time[i] as number;
      if (this.sharded && !(ms >= this.ownFrom && ms < this.ownTo)) continue;
      const t0 = ofStart[i] as number;
      const tEnd = this.windowEnd[t0] as number;
      const at = v * OUT_STRIDE;
      let base = record[at + OUT_HINT] as number;
      if (!((record[at + OUT_LOW] as number) <= t0 && t0 < (record[at + OUT_HIGH] as number))) {
        const vFrom = out.offsets[v] as number; // read only when the hint is stale
        const vTo = record[at + OUT_TO] as number;
        base = firstTickAfterNear(pairs, vFrom, vTo, t0, base);
        record[at + OUT_HINT] = base;
        record[at + OUT_LOW] = base > vFrom ? (pairs[2 * base - 1] as number) : -1;
        record[at + OUT_HIGH] = base < vTo ? (pairs[2 * base + 1] as number) : ANYTIME;
      }
      // HIGH, the tick of v's first payment after t0, is ≤ tEnd: v pays somebody in the window.
      if ((record[at + OUT_HIGH] as number) > tEnd) continue; // v pays no one in time: nothing to search
      const block = blockOf(ms, this.prepared.blockMs);
      if (this.maxHops <= 2) {
        if (!this.prune.canClose(s, t0, tEnd)) continue;
      } else if (s !== this.cachedAccount || block !== this.cachedBlock) {
        this.cachedAccount = s;
        this.cachedBlock = block;
        this.groupCloses = this.pruneGroup(i, s, block);
      }
      if (this.maxHops > 2 && !this.groupCloses) continue; // nobody pays s back in time
      // Only now v's run is read (a cache miss the starts of a group that cannot close never pay): its
      // payments in the window are few, so gallop from base rather than bisect the rest of its run.
      const last = firstTickAfterNear(pairs, base, record[at + OUT_TO] as number, tEnd, base);
      this.firstBase = base;
      this.tEnd = tEnd;
      this.current = i;
      this.path[0] = edge[i] as number;
      this.node[0] = s;
      this.node[1] = v;
      this.time[1] = t0;
      this.amount[1] = amount[i] as number;
      this.resume[1] = Math.min(base + this.hopFrom, last);
      this.stop[1] = Math.min(base + this.hopTo, last);
      this.onPath[s] = 1;
      this.onPath[v] = 1;
      this.depth = 1;
      return true;
    }
    return false;
  }
}

const OUT_HINT = 0;
const OUT_LOW = 1;
const OUT_HIGH = 2;
const OUT_TO = 3;
const OUT_STRIDE = 4; // 16 bytes: four accounts to a cache line

/** The out-adjacency's per-account record: run end, hint at the run's start, an empty tick interval. */
function outRecord(prepared: PreparedLedger): Int32Array {
  const { offsets } = prepared.out as Adjacency;
  const record = new Int32Array(prepared.accountCount * OUT_STRIDE);
  for (let v = 0; v < prepared.accountCount; v++) {
    const at = v * OUT_STRIDE;
    record[at + OUT_TO] = offsets[v + 1] as number;
    record[at + OUT_HINT] = offsets[v] as number;
    record[at + OUT_LOW] = 1; // empty: the first search is a real one
    record[at + OUT_HIGH] = 0;
  }
  return record;
}
