/**
 * What a loop count counts, in the page's words: the flow kinds followed and how many of the loops
 * remain on cash alone (the count the circularity page starts from), from the loops report's own
 * `counted` field, as `halqa loops` prints it.
 */
import type { MessageCell } from "@core/reports/layout.ts";
import { type LoopsReport, loopsCountedLine } from "@core/reports/loops-report.ts";

export function loopsCountedCell(report: Pick<LoopsReport, "counted">): MessageCell {
  // The terminal's values under the page's key (which names the Circularity page, not the command).
  return { ...loopsCountedLine(report), key: "web.loops.counted" };
}
