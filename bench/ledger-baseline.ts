/**
 * The "before" of the ledger-scan benchmark: a temporal cycle search with only the classic prune, for
 * measuring how many steps per cycle the stronger prune of src/core/ledger saves. Per start s → v at
 * t0 it computes closing times (the latest time each account can still pay s back, over transactions
 * in (t0, t0 + window], up to L − 1 backward rounds, as in Kumar & Calders 2018) and then searches
 * forward over every account's full list of payments in the window, entering an account only before
 * its closing time. No hop index, no candidate edges, no shared passes: what the reference C
 * search does. Counts cycles and steps (transactions examined forward and backward); benchmark only.
 *
 *   npx tsx bench/ledger-baseline.ts SIZE WINDOW_DAYS MAX_HOPS
 */
import { firstAfter } from "../src/core/graph/sorted-search.ts";
import { type Adjacency, prepareLedger } from "../src/core/ledger/prepare.ts";
import type { Ledger } from "../src/core/ledger/types.ts";
import { generate, parseSize } from "./ledger-generate.ts";

export function baselineScan(ledger: Ledger, windowMs: number, maxHops: number) {
  const prepared = prepareLedger(ledger, { mode: "temporal", windowMs });
  const out = prepared.out as Adjacency;
  const into = prepared.into;
  const n = ledger.accountCount;
  const L = Math.min(maxHops, n);
  const closing = new Float64Array(n);
  const mark = new Int32Array(n);
  const onPath = new Uint8Array(n);
  let frontier = new Int32Array(n);
  let next = new Int32Array(n);
  const pos = new Int32Array(L + 1);
  const node = new Int32Array(L + 1);
  const when = new Float64Array(L + 1);
  let stamp = 0;
  let steps = 0;
  let cycles = 0;
  const { start, end, time } = prepared.starts;
  for (let i = 0; i < prepared.size; i++) {
    const s = start[i] as number;
    const v = end[i] as number;
    const t0 = time[i] as number;
    const tEnd = t0 + windowMs;
    // Backward: closing times, L − 1 rounds.
    stamp++;
    mark[s] = stamp;
    closing[s] = Number.POSITIVE_INFINITY;
    frontier[0] = s;
    let size = 1;
    for (let round = 1; round < L && size > 0; round++) {
      let count = 0;
      for (let f = 0; f < size; f++) {
        const x = frontier[f] as number;
        const limit = closing[x] as number;
        const stop = into.offsets[x + 1] as number;
        for (let q = firstAfter(into.time, into.offsets[x] as number, stop, t0); q < stop; q++) {
          const t = into.time[q] as number;
          if (t > tEnd || !(t < limit)) break;
          steps++;
          const u = into.end[q] as number;
          if (u === s) continue;
          if (mark[u] !== stamp) {
            mark[u] = stamp;
            closing[u] = t;
          } else if (t > (closing[u] as number)) closing[u] = t;
          else continue;
          next[count++] = u;
        }
      }
      [frontier, next] = [next, frontier];
      size = count;
    }
    if (mark[v] !== stamp) continue;
    // Forward: depth-first over full payment lists in the window.
    onPath[s] = 1;
    onPath[v] = 1;
    node[1] = v;
    when[1] = t0;
    pos[1] = firstAfter(out.time, out.offsets[v] as number, out.offsets[v + 1] as number, t0);
    let depth = 1;
    while (depth > 0) {
      const u = node[depth] as number;
      const stop = out.offsets[u + 1] as number;
      let p = pos[depth] as number;
      let pushed = false;
      while (p < stop) {
        const t = out.time[p] as number;
        if (t > tEnd) break;
        const w = out.end[p] as number;
        p++;
        steps++;
        if (w === s) {
          cycles++;
          continue;
        }
        if (depth + 1 >= L || onPath[w] === 1 || mark[w] !== stamp || !(t < (closing[w] as number))) continue;
        pos[depth] = p;
        depth++;
        node[depth] = w;
        when[depth] = t;
        onPath[w] = 1;
        pos[depth] = firstAfter(out.time, out.offsets[w] as number, out.offsets[w + 1] as number, t);
        pushed = true;
        break;
      }
      if (!pushed) {
        onPath[u] = 0;
        depth--;
      }
    }
    onPath[s] = 0;
  }
  return { cycles, steps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size = "100k", days = "1", hops = "6"] = process.argv.slice(2);
  const { ledger } = generate(parseSize(size));
  const started = performance.now();
  const result = baselineScan(ledger, Number(days) * 86_400_000, Number(hops === "inf" ? Infinity : hops));
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ ...result, seconds, stepsPerCycle: result.steps / result.cycles }));
}
