/**
 * Counts the cycles a search finds (in all and by length) and packs them into batches for output, so
 * a scan holds at most one batch of cycles in memory whatever their number. A limit stops the adding:
 * the caller then knows the scan was cut short.
 */
import type { CycleBatch } from "./types.ts";

export const DEFAULT_BATCH_CYCLES = 4096;

export class CycleTally {
  cycles = 0;
  /** byLength[k] = cycles of k transactions so far. */
  readonly byLength: number[] = [];

  private readonly limit: number;
  private readonly batchCycles: number;
  private readonly onBatch: ((batch: CycleBatch) => void) | undefined;
  private offsets: Int32Array;
  private edges: Int32Array;
  private count = 0;

  constructor(options: { limit?: number; batchCycles?: number; onBatch?: (batch: CycleBatch) => void } = {}) {
    this.limit = options.limit ?? Number.POSITIVE_INFINITY;
    this.batchCycles = options.batchCycles ?? DEFAULT_BATCH_CYCLES;
    this.onBatch = options.onBatch;
    this.offsets = new Int32Array(this.onBatch ? this.batchCycles + 1 : 1);
    this.edges = new Int32Array(this.onBatch ? this.batchCycles * 4 : 0);
  }

  /** True when the limit leaves room for another cycle. */
  get open(): boolean {
    return this.cycles < this.limit;
  }

  /** Adds the cycle path[0 … length − 1]; false (and nothing added) once the limit is reached. */
  add(path: Int32Array, length: number): boolean {
    if (this.cycles >= this.limit) return false;
    this.cycles++;
    while (this.byLength.length <= length) this.byLength.push(0);
    this.byLength[length] = (this.byLength[length] as number) + 1;
    if (this.onBatch === undefined) return true;
    const at = this.offsets[this.count] as number;
    if (at + length > this.edges.length) {
      const grown = new Int32Array(Math.max(at + length, this.edges.length * 2));
      grown.set(this.edges.subarray(0, at));
      this.edges = grown;
    }
    for (let i = 0; i < length; i++) this.edges[at + i] = path[i] as number;
    this.count++;
    this.offsets[this.count] = at + length;
    if (this.count === this.batchCycles) this.flush();
    return true;
  }

  /** Hands over the cycles added since the last flush (if any) as one batch. */
  flush(): void {
    if (this.onBatch === undefined || this.count === 0) return;
    const count = this.count;
    const size = this.offsets[count] as number;
    const batch: CycleBatch = {
      count,
      offsets: this.offsets.slice(0, count + 1),
      edges: this.edges.slice(0, size),
    };
    this.count = 0;
    this.onBatch(batch);
  }
}

/** The cycles of a batch, one array of ledger indices each (for tests and small outputs). */
export function batchCycles(batch: CycleBatch): Int32Array[] {
  const out: Int32Array[] = [];
  for (let j = 0; j < batch.count; j++)
    out.push(batch.edges.subarray(batch.offsets[j] as number, batch.offsets[j + 1] as number));
  return out;
}
