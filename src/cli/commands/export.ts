/** `halqa data export`: the normalized dataset as JSON, or one of its tables as CSV. */
import { FIGURE_COLUMNS, figureTable } from "../../core/dataset/figure-table.ts";
import { type NormalizedDataset, normalizeDataset } from "../../core/dataset/normalize.ts";
import { type Language, problemMessage } from "../../i18n/index.ts";
import { writeFileAtomic } from "../../io/atomic-write.ts";
import { type CsvValue, toCsv } from "../../io/csv.ts";
import type { Dataset } from "../../schema/dataset-file.ts";
import type { Io } from "../context.ts";
import { writeFailed } from "../errors.ts";

export const CSV_TABLES = ["figures", "deals", "flows", "entities", "sources"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export type ExportOptions = {
  format: "json" | "csv";
  table: CsvTable;
  out?: string;
  asOf: string;
  /** The language of the line that says the file was written (default English). */
  lang?: Language;
};

export async function exportCommand(dataset: Dataset, options: ExportOptions, io: Io): Promise<number> {
  const normalized = normalizeDataset(dataset, options.asOf);
  const text =
    options.format === "json"
      ? `${JSON.stringify(normalized, null, 2)}\n`
      : csvTable(normalized, options.table);
  if (options.out === undefined) io.stdout(text);
  else {
    try {
      await writeFileAtomic(options.out, text);
    } catch (error) {
      throw writeFailed(options.out, error);
    }
    io.stderr(problemMessage(options.lang ?? "en", "output-written", { file: options.out }));
  }
  return 0;
}

export function csvTable(data: NormalizedDataset, table: CsvTable): string {
  switch (table) {
    case "figures":
      return toCsv(FIGURE_COLUMNS, figureTable(data));
    case "deals":
      return toCsv(
        [
          "id",
          "title_en",
          "title_ar",
          "type",
          "status",
          "announced",
          "period_start",
          "period_end",
          "parties",
          "sources",
          "notes",
        ],
        data.deals.map((d) => ({
          id: d.id,
          title_en: d.title.en,
          title_ar: d.title.ar,
          type: d.type,
          status: d.status,
          announced: d.announced,
          period_start: d.period?.start,
          period_end: d.period?.end ?? (d.period?.years ? `+${d.period.years}y` : undefined),
          parties: d.parties.map((p) => `${p.id}:${p.role}`).join(" "),
          sources: d.sources.join(" "),
          notes: d.notes,
        })),
      );
    case "flows":
      return toCsv(
        [
          "deal",
          "flow",
          "kind",
          "from",
          "to",
          "unit",
          "conditional",
          "announced",
          "committed",
          "paid",
          "paid_as_of",
        ],
        data.deals.flatMap((d) =>
          d.flows.map((f) => ({
            deal: d.id,
            flow: f.id,
            kind: f.kind,
            from: f.from.id,
            to: f.to.id,
            unit: f.unit,
            conditional: f.conditional,
            announced: f.announced?.point,
            committed: f.committed?.point,
            paid: f.paid?.point,
            paid_as_of: f.paid?.asOf,
          })),
        ),
      );
    case "entities":
      return toCsv(
        ["id", "name_en", "name_ar", "kind", "ticker", "country", "parent", "sponsors"],
        data.entities.map((e) => ({
          id: e.id,
          name_en: e.name.en,
          name_ar: e.name.ar,
          kind: e.kind,
          ticker: e.ticker,
          country: e.country,
          parent: e.parent?.id,
          sponsors: e.sponsors.map((s) => (s.stakePct === null ? s.id : `${s.id}:${s.stakePct}%`)).join(" "),
        })),
      );
    case "sources":
      return toCsv(
        ["id", "publisher", "via", "title", "date", "url", "file", "language", "kind", "reliability"],
        data.sources.map(
          (s) =>
            ({ ...s }) as Record<string, CsvValue> as Record<
              | "id"
              | "publisher"
              | "via"
              | "title"
              | "date"
              | "url"
              | "file"
              | "language"
              | "kind"
              | "reliability",
              CsvValue
            >,
        ),
      );
  }
}
