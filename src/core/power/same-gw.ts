/**
 * Every gigawatt once: chips, compute contracts and campuses are three reports of the same capacity.
 *
 * A buyer's chip deal (Nvidia's 10 GW of systems for OpenAI) fills campuses (Stargate Abilene, Ohio),
 * and a compute contract (Oracle's 4.5 GW for OpenAI) is served from its seller's campuses. Summing
 * the three layers counts the same GW two or three times. The rule (docs/methods/power.md §2):
 *
 * - hosts (the right side) are campus lines, with room `gw`, open to their operators; and compute
 *   contracts, with room `gw`, open to their buyers;
 * - claims (the left side) are chip deals, of `gw`, by their buyer; and compute contracts, of `gw`,
 *   on the campuses their seller operates;
 * - a claim may sit in a host its buyer (for compute: its seller) may use. The GW removed are the
 *   largest total that can sit in hosts — a maximum flow in that bipartite network — so
 *
 *       counted = Σ layers − maxflow,   max(each layer) ≤ counted ≤ Σ layers
 *
 *   (the flow is at most the claims and at most the room). Chip GW beyond the buyer's campuses and
 *   contracts stay counted: nothing in the data says where they go.
 *
 * Maximum flow by Edmonds–Karp (shortest augmenting paths), which ends for real capacities.
 * Reference: J. Edmonds and R. M. Karp (1972), "Theoretical improvements in algorithmic efficiency for
 * network flow problems", J. ACM 19(2), 248–264. Complexity: O(V·E²) per call for V = claims + hosts
 * + 2 nodes and E their links; the dataset has a few dozen lines, so a dense matrix is used.
 */
import { compareText } from "../compare.ts";

export type Layer = "campus" | "compute" | "chips";

export type LayerLine = {
  id: string;
  layer: Layer;
  gw: number;
  /** Campus: its operators (and the buyers of contracts it was reported with). Compute, chips: the buyers. */
  users: readonly string[];
  /** Compute: the sellers, whose campuses serve it. Empty for the other layers. */
  sellers: readonly string[];
  /**
   * When it starts (a day number): earlier claims take the room first. This only decides which
   * claim the removed GW are shown against, never how many are removed.
   */
  since?: number;
};

/** `gw` of `claim` (a chip deal or a compute contract) counted as the same GW as `host`. */
export type SameAs = { claim: string; host: string; gw: number };

export type SameGw = {
  naiveGw: number;
  countedGw: number;
  byLayer: Record<Layer, number>;
  /** GW counted per line after the claims it shares with hosts are removed. */
  counted: Map<string, number>;
  sameAs: SameAs[];
};

/** Below this a residual capacity is zero (a kilowatt, in GW): round-off, not capacity. */
const EPS = 1e-9;

type Claim = { line: LayerLine; hosts: number[] };

export function sameGw(lines: readonly LayerLine[]): SameGw {
  const sorted = [...lines].filter((l) => l.gw > 0).sort((a, b) => compareText(a.id, b.id));
  const hosts = sorted.filter((l) => l.layer === "campus" || l.layer === "compute");
  const claims: Claim[] = sorted
    .filter((l) => l.layer === "chips" || l.layer === "compute")
    .sort((a, b) => (a.since ?? 0) - (b.since ?? 0) || compareText(a.id, b.id))
    .map((line) => ({ line, hosts: hostsOf(line, hosts) }))
    .filter((c) => c.hosts.length > 0);
  const flow = maxBipartiteFlow(
    claims.map((c) => c.line.gw),
    hosts.map((h) => h.gw),
    claims.map((c) => c.hosts),
  );
  const byLayer: Record<Layer, number> = { campus: 0, compute: 0, chips: 0 };
  const counted = new Map<string, number>();
  for (const l of lines) {
    byLayer[l.layer] += Math.max(0, l.gw);
    counted.set(l.id, Math.max(0, l.gw));
  }
  const sameAs: SameAs[] = [];
  claims.forEach((c, i) => {
    for (const [j, gw] of flow[i] ?? new Map<number, number>()) {
      if (gw <= EPS) continue;
      const host = hosts[j] as LayerLine;
      sameAs.push({ claim: c.line.id, host: host.id, gw });
      counted.set(c.line.id, Math.max(0, (counted.get(c.line.id) ?? 0) - gw));
    }
  });
  const naiveGw = byLayer.campus + byLayer.compute + byLayer.chips;
  let countedGw = 0;
  for (const v of counted.values()) countedGw += v;
  return { naiveGw, countedGw, byLayer, counted, sameAs };
}

/** The hosts (indices) a claim may sit in: a chip buyer's campuses and contracts; a seller's campuses. */
function hostsOf(claim: LayerLine, hosts: readonly LayerLine[]): number[] {
  const out: number[] = [];
  hosts.forEach((h, j) => {
    if (h.id === claim.id) return;
    const who = claim.layer === "chips" ? claim.users : claim.sellers;
    // A contract is served from campuses only; chips may sit in a campus or in a contract's room.
    if (claim.layer === "compute" && h.layer !== "campus") return;
    if (who.some((e) => h.users.includes(e))) out.push(j);
  });
  return out;
}

/**
 * The maximum flow from claims (supplies) to hosts (rooms) along the links, each link unbounded:
 * result[i] maps host index → GW of claim i placed there.
 */
export function maxBipartiteFlow(
  supplies: readonly number[],
  rooms: readonly number[],
  links: readonly (readonly number[])[],
): Map<number, number>[] {
  const n = supplies.length;
  const m = rooms.length;
  const size = n + m + 2;
  const source = n + m;
  const sink = source + 1;
  // A dense residual matrix, row-major: cap[u·size + v].
  const cap = new Float64Array(size * size);
  const at = (u: number, v: number) => cap[u * size + v] ?? 0;
  const add = (u: number, v: number, x: number) => {
    cap[u * size + v] = at(u, v) + x;
  };
  for (let i = 0; i < n; i++) add(source, i, Math.max(0, supplies[i] ?? 0));
  for (let j = 0; j < m; j++) add(n + j, sink, Math.max(0, rooms[j] ?? 0));
  links.forEach((hs, i) => {
    for (const j of hs) cap[i * size + n + j] = Number.POSITIVE_INFINITY;
  });
  const parent = new Int32Array(size);
  for (;;) {
    parent.fill(-1);
    parent[source] = source;
    const queue = [source];
    for (let q = 0; q < queue.length && parent[sink] === -1; q++) {
      const u = queue[q] ?? source;
      for (let v = 0; v < size; v++)
        if (parent[v] === -1 && at(u, v) > EPS) {
          parent[v] = u;
          queue.push(v);
        }
    }
    if (parent[sink] === -1) break;
    let push = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = parent[v] ?? source)
      push = Math.min(push, at(parent[v] ?? source, v));
    for (let v = sink; v !== source; v = parent[v] ?? source) {
      const u = parent[v] ?? source;
      add(u, v, -push);
      add(v, u, push);
    }
  }
  // Flow on a link is its reverse residual (which starts at zero: links run claim → host only).
  return links.map((hs, i) => {
    const placed = new Map<number, number>();
    for (const j of hs) {
      const gw = at(n + j, i);
      if (gw > EPS) placed.set(j, gw);
    }
    return placed;
  });
}
