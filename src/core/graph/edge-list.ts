/**
 * A directed multigraph as typed arrays: the one shape every graph kernel (cycles, tracing,
 * centrality) reads, whether it comes from the curated dataset or from a user's edge list.
 * Nodes are dense integers 0..n-1 with their external ids beside; edge i goes src[i] → dst[i].
 */
export type EdgeList = {
  /** External id of each node (entity id, account number …). */
  nodeIds: string[];
  src: Int32Array;
  dst: Int32Array;
  /** Amount carried by each edge (≥ 0). */
  amount: Float64Array;
  /** Timestamp of each edge in any consistent unit (days, seconds …); NaN when unknown. */
  ts: Float64Array;
  /**
   * External id of each edge (a deal id, a transaction id …), or null when the source has none: then
   * edge i is known by its 1-based row number (no string per edge for ledgers of millions of rows).
   */
  edgeIds: string[] | null;
};

/** The external id of edge `i`. */
export function edgeId(list: EdgeList, i: number): string {
  return list.edgeIds?.[i] ?? String(i + 1);
}

export type EdgeInput = { src: string; dst: string; amount: number; ts?: number; id?: string };

/** Densifies node ids (in order of first appearance) and packs edges into typed arrays. */
export function edgeListFrom(edges: readonly EdgeInput[], nodeIds: readonly string[] = []): EdgeList {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const intern = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of nodeIds) intern(id);
  const m = edges.length;
  const list: EdgeList = {
    nodeIds: ids,
    src: new Int32Array(m),
    dst: new Int32Array(m),
    amount: new Float64Array(m),
    ts: new Float64Array(m),
    edgeIds: edges.some((e) => e.id !== undefined) ? new Array<string>(m) : null,
  };
  edges.forEach((e, i) => {
    list.src[i] = intern(e.src);
    list.dst[i] = intern(e.dst);
    list.amount[i] = e.amount;
    list.ts[i] = e.ts ?? Number.NaN;
    if (list.edgeIds) list.edgeIds[i] = e.id ?? String(i + 1);
  });
  return list;
}
