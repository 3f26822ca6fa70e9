/** Every input and result of the economics report as one CSV: analysis, kind, key, value, unit, published, sources. */
import type { EconAnalysis } from "@core/economics/inputs.ts";
import { CsvButton } from "../../components/CsvButton.tsx";
import { useI18n } from "../../i18n/index.ts";

const HEADER = ["analysis", "kind", "key", "params", "value", "unit", "published", "reproduced", "sources"];

export function OutputsCsv({ analyses }: { analyses: readonly EconAnalysis[] }) {
  const { t } = useI18n();
  return (
    <CsvButton
      name={t.money.heading}
      fileName="halqa-economics"
      header={HEADER}
      rows={() =>
        analyses.flatMap((a) => [
          ...a.inputs.map((i) => [a.id, "input", i.key, "", i.value, i.unit, "", "", i.sources.join(";")]),
          ...a.outputs.map((o) => [
            a.id,
            "output",
            o.key,
            o.params ? JSON.stringify(o.params) : "",
            o.value,
            o.unit,
            o.published?.value,
            o.reproduced,
            o.published?.sources.join(";"),
          ]),
        ])
      }
    />
  );
}
