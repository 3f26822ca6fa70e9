/** The line under the largest loops that says what the count counts (cash only or every kind). */
import type { LoopsReport } from "@core/reports/loops-report.ts";
import { formatMessageCell } from "@i18n/format-cell.ts";
import { useRecordNames } from "../components/ReportTable.tsx";
import { useI18n } from "../i18n/index.ts";
import { loopsCountedCell } from "../model/loop-counts.ts";

export function LoopsCounted({ counted }: { counted: LoopsReport["counted"] }) {
  const { lang } = useI18n();
  const names = useRecordNames();
  return (
    <p className="hint" data-figure="loops-counted">
      {formatMessageCell(lang, loopsCountedCell({ counted }), names)}
    </p>
  );
}
