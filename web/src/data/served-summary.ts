/**
 * The overview's headline figures as the server computes them: GET /api/stats?top=1&asOf=… answers
 * summaryReport(dataset, { asOf, top: 1 }), the very call the page would make (the same-object test:
 * src/server/served-summary.test.ts). Asked for at boot beside the dataset, it usually arrives first,
 * and the overview's first step paints from it instead of spending ~50 ms of the main thread on the
 * summary. Until it arrives, or if it fails, the page computes the summary itself: never a wait.
 */
import type { SummaryReport } from "@core/reports/summary-report.ts";

/**
 * Largest deals the overview's summary lists: none are shown, and 1 is the fewest /api/stats gives,
 * so the page's own summary (web/src/model/overview.ts) and the server's are the same object.
 */
export const OVERVIEW_SUMMARY_TOP = 1;

let served: { asOf: string; report?: SummaryReport } | undefined;

/** Starts the one request for an as-of date (a later date replaces the earlier one). */
export function prefetchSummary(asOf: string): void {
  if (served?.asOf === asOf) return;
  const entry: { asOf: string; report?: SummaryReport } = { asOf };
  served = entry;
  const query = new URLSearchParams({ top: String(OVERVIEW_SUMMARY_TOP), asOf });
  fetch(`/api/stats?${query}`, { headers: { Accept: "application/json" } })
    .then((res) => (res.ok ? (res.json() as Promise<SummaryReport>) : undefined))
    .then(
      (report) => {
        entry.report = report;
      },
      () => undefined,
    );
}

/** The server's summary for the date, if it has arrived. */
export function servedSummary(asOf: string): SummaryReport | undefined {
  return served?.asOf === asOf ? served.report : undefined;
}
