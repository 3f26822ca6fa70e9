/**
 * Every figure of the dataset as one flat table (one row per figure, alternatives included): the
 * shape analysts load into a spreadsheet. Columns are fixed and documented in docs/data-format.md.
 */
import type { NormalizedDataset, NormalizedFigure } from "./normalize.ts";

export const FIGURE_COLUMNS = [
  "record",
  "record_id",
  "field",
  "subject",
  "counterparty",
  "metric",
  "period",
  "unit",
  "value",
  "low",
  "high",
  "point",
  "preferred",
  "estimate",
  "confidence",
  "as_of",
  "sources",
  "source_urls",
  "quote",
] as const;

export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string | number | boolean | null>;

export function figureTable(data: NormalizedDataset): FigureRow[] {
  const urls = new Map(data.sources.map((s) => [s.id, s.url ?? s.file ?? ""]));
  const rows: FigureRow[] = [];
  const push = (
    context: Pick<
      FigureRow,
      "record" | "record_id" | "field" | "subject" | "counterparty" | "metric" | "period" | "unit"
    >,
    figure: NormalizedFigure,
  ) => {
    const one = (f: NormalizedFigure, preferred: boolean) =>
      rows.push({
        ...context,
        value: f.value,
        low: f.low,
        high: f.high,
        point: f.point,
        preferred,
        estimate: f.estimate,
        confidence: f.confidence,
        as_of: f.asOf,
        sources: f.sources.join(" "),
        source_urls: f.sources.map((id) => urls.get(id) ?? "").join(" "),
        quote: f.quote,
      });
    one(figure, true);
    for (const alt of figure.alternatives) one(alt, false);
  };

  for (const deal of data.deals) {
    for (const flow of deal.flows) {
      for (const layer of ["announced", "committed", "paid"] as const) {
        const figure = flow[layer];
        if (!figure) continue;
        push(
          {
            record: "deal",
            record_id: deal.id,
            field: `flows.${flow.id}.${layer}`,
            subject: flow.from.id,
            counterparty: flow.to.id,
            metric: flow.kind,
            period: deal.announced,
            unit: flow.unit,
          },
          figure,
        );
      }
    }
  }
  for (const f of data.financials) {
    push(
      {
        record: "financial",
        record_id: `${f.entity.id}/${f.metric}/${f.period}`,
        field: "figure",
        subject: f.entity.id,
        counterparty: f.counterparty?.id ?? null,
        metric: f.label ? `${f.metric} (${f.label})` : f.metric,
        period: f.period,
        unit: f.unit,
      },
      f.figure,
    );
  }
  for (const i of data.indicators) {
    push(
      {
        record: "indicator",
        record_id: i.id,
        field: "figure",
        subject: i.by,
        counterparty: null,
        metric: i.topic,
        period: i.period ?? null,
        unit: i.unit,
      },
      i.figure,
    );
  }
  for (const s of data.sites) {
    s.capacity.forEach((c, n) => {
      push(
        {
          record: "site",
          record_id: s.id,
          field: `capacity.${n}`,
          subject: s.id,
          counterparty: null,
          metric: "capacity",
          period: c.date,
          unit: c.unit,
        },
        c.figure,
      );
    });
    s.power.forEach((p, n) => {
      push(
        {
          record: "site",
          record_id: s.id,
          field: `power.${n}`,
          subject: s.id,
          counterparty: p.counterparty?.id ?? null,
          metric: p.kind,
          period: p.date,
          unit: p.unit,
        },
        p.figure,
      );
    });
  }
  for (const p of data.parameters) {
    push(
      {
        record: "parameter",
        record_id: p.id,
        field: "figure",
        subject: null,
        counterparty: null,
        metric: p.id,
        period: null,
        unit: p.unit,
      },
      p.figure,
    );
  }
  return rows;
}
