/**
 * What the temporal and the static ledger searches share: a resumable depth-first search over a range
 * of start positions, which a driver can point at a range (`setRange`), at one start with some of its
 * first hops (`setTask`), pause by steps (`stepLimit`), and split (`splitFirstHops`: give away the
 * upper half of the current start's untried first hops, as a task another cursor runs). Each search
 * supplies its own `next()` and says where the current start's first hops are counted from.
 *
 * Complexity: O(L) per call for L = maxHops; the arrays are allocated once per cursor.
 */

/**
 * A unit of work: start position `start`, first hops `from` … `to` − 1 only — counted among the start
 * payee's payments in the window (temporal) or its payments to accounts above the root (static).
 * With `from2`/`to2` (a second-hop task: then `to` = `from` + 1), only the second hops `from2` …
 * `to2` − 1 of that one first hop — counted among the candidates of the account it reaches.
 */
export type FirstHopTask = { start: number; from: number; to: number; from2?: number; to2?: number };

/** No second-hop bound: the whole candidate list. */
export const ALL_HOPS = 0x7fffffff;

export abstract class StartCursor {
  /** The cycle found by the last next(): ledger indices path[0 … length − 1]. */
  readonly path: Int32Array;
  length = 0;
  /**
   * next() returns false with `paused` set once steps (forward and prune) reach stepLimit, so a driver
   * can look up between slices of a long search; calling next() again resumes.
   */
  stepLimit = Number.POSITIVE_INFINITY;
  paused = false;
  /** Transactions examined by the forward search, over the cursor's life. */
  steps = 0;

  /** node[k]: the account reached after k hops; resume/stop: the next and the end out-position there. */
  protected readonly node: Int32Array;
  protected readonly resume: Int32Array;
  protected readonly stop: Int32Array;
  protected readonly onPath: Uint8Array;
  protected depth = 0;
  protected position = 0;
  protected rangeEnd = 0;
  protected current = -1;
  protected hopFrom = 0;
  protected hopTo = Number.MAX_SAFE_INTEGER;
  /** Second hops of a second-hop task, counted from secondHopOrigin() (else 0 … ALL_HOPS). */
  protected hop2From = 0;
  protected hop2To = ALL_HOPS;

  /** `hops`: the longest cycle searched; `accounts`: how many accounts the ledger has. */
  constructor(hops: number, accounts: number) {
    const cap = hops + 1;
    this.path = new Int32Array(cap);
    this.node = new Int32Array(cap);
    this.resume = new Int32Array(cap);
    this.stop = new Int32Array(cap);
    this.onPath = new Uint8Array(accounts);
  }

  abstract next(): boolean;

  /** Out-position from which the current start's first hops are counted (FirstHopTask from / to). */
  protected abstract firstHopOrigin(): number;

  /** Position from which the second hops out of node[2] are counted (FirstHopTask from2 / to2). */
  protected abstract secondHopOrigin(): number;

  /** The bounds a push to depth 2 gets: its candidates origin … end, cut to the task's second hops. */
  protected secondHops(origin: number, end: number, k: number): void {
    this.resume[k] = Math.min(origin + this.hop2From, end);
    this.stop[k] = this.hop2To === ALL_HOPS ? end : Math.min(origin + this.hop2To, end);
  }

  /** Searches from start positions from … to − 1, all first hops. */
  setRange(from: number, to: number): void {
    this.abandon();
    this.position = from;
    this.rangeEnd = to;
    this.hopFrom = 0;
    this.hopTo = Number.MAX_SAFE_INTEGER;
    this.hop2From = 0;
    this.hop2To = ALL_HOPS;
  }

  /** Searches one start, first hops task.from … task.to − 1 only (see FirstHopTask). */
  setTask(task: FirstHopTask): void {
    this.setRange(task.start, task.start + 1);
    this.hopFrom = task.from;
    this.hopTo = task.to;
    if (task.from2 !== undefined && task.to2 !== undefined) {
      this.hop2From = task.from2;
      this.hop2To = task.to2;
    }
  }

  /** The start position being searched (−1 before the first). */
  get currentStart(): number {
    return this.current;
  }

  /**
   * Gives away the upper half of the current start's first hops not yet tried (as a task another
   * cursor can run), keeping the rest; undefined when fewer than two remain.
   */
  splitFirstHops(): FirstHopTask | undefined {
    if (this.depth < 1) return undefined;
    const next = this.resume[1] as number;
    const end = this.stop[1] as number;
    if (end - next < 2) return undefined;
    const mid = next + ((end - next + 1) >> 1);
    this.stop[1] = mid;
    const origin = this.firstHopOrigin();
    return { start: this.current, from: mid - origin, to: end - origin };
  }

  /**
   * Splits one level deeper when the first hops cannot be (Blanuša et al. 2022, work stealing on the
   * second hop): a start whose search sits under its last first hop — one payee feeding a hub — gives
   * away the upper half of that first hop's second hops not yet tried. Tries the first hops first;
   * undefined when neither level has two untried hops left.
   */
  split(): FirstHopTask | undefined {
    return this.splitFirstHops() ?? this.splitSecondHops();
  }

  /** The second-hop half of split(), alone (for tests). */
  splitSecondHops(): FirstHopTask | undefined {
    if (this.depth < 2) return undefined;
    const next = this.resume[2] as number;
    const end = this.stop[2] as number;
    if (end - next < 2) return undefined;
    const mid = next + ((end - next + 1) >> 1);
    this.stop[2] = mid;
    const hop = (this.resume[1] as number) - 1 - this.firstHopOrigin();
    const origin = this.secondHopOrigin();
    return { start: this.current, from: hop, to: hop + 1, from2: mid - origin, to2: end - origin };
  }

  /** Leaves the current path (if any) so a new range can start cleanly. */
  protected abandon(): void {
    if (this.depth > 0) for (let k = this.depth; k >= 0; k--) this.onPath[this.node[k] as number] = 0;
    this.depth = 0;
  }
}
