/**
 * The market page's holdings: the bundled snapshot (or the reader's own weights file) with the
 * reader's edits applied — a weight or exposure typed in the table, in percent — as the input of
 * src/core/reports/market-report.ts.
 */
import type { ExposureRow, WeightRow } from "@core/reports/market-report.ts";

/** Snapshot rows with edited weights; an edited entity the snapshot lacks is added to the index. */
export function editedWeights(
  base: readonly WeightRow[],
  edits: Readonly<Record<string, number>>,
  index: string,
): WeightRow[] {
  const rows = base.map((w) =>
    edits[w.entity] === undefined ? w : { ...w, weight: edits[w.entity] as number },
  );
  for (const [entity, weight] of Object.entries(edits)) {
    if (!base.some((w) => w.entity === entity))
      rows.push({ index, entity, weight, sources: [], estimate: false });
  }
  return rows;
}

/** Exposure edits and a file's rows together; the edits win. Undefined when there are none. */
export function editedExposures(
  fromFile: readonly ExposureRow[] | undefined,
  edits: Readonly<Record<string, number>>,
): ExposureRow[] | undefined {
  const byEntity = new Map((fromFile ?? []).map((e) => [e.entity, e]));
  for (const [entity, exposure] of Object.entries(edits)) byEntity.set(entity, { entity, exposure });
  return byEntity.size > 0 || fromFile ? [...byEntity.values()] : undefined;
}

/** Percent weights of one index add up to at most 100: the edits may not push them past it. */
export function weightsTotal(rows: readonly WeightRow[]): number {
  return rows.reduce((sum, w) => sum + w.weight, 0);
}
