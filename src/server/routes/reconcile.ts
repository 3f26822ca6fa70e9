/** GET /api/reconcile: the headline figures against the published record (`halqa reconcile --json`). */
import { reconcileReport } from "../../core/reports/reconcile-report.ts";
import { AsOfQuery } from "../../schema/api.ts";
import { arr, bool, int, obj } from "../openapi-schemas.ts";
import { anyObject, asOf, type Route, route } from "./route.ts";

export const RECONCILE_ROUTES: Route[] = [
  route({
    path: "/api/reconcile",
    operationId: "reconcile",
    tag: "analytics",
    summary: "Headline figures against the published record",
    description:
      "Each figure derived from the deals beside its published counterpart (a sourced record), the ratio, the tolerance and the status: agrees, differs (with the reason's message key), unexplained, missing, or pending (published after the as-of date). `ok` is false when a difference has no stated reason (`halqa reconcile --json`; docs/methods/reconcile.md).",
    query: AsOfQuery,
    response: {
      description: "The checks.",
      schema: obj({
        asOf,
        checks: arr(
          anyObject(
            "A check: id, published {ref, value, unit, sources, quote}, derived {value, unit, inputs}, derivedAsOf, ratio, tolerance, status, reason, note.",
          ),
        ),
        counts: obj({ agrees: int(), differs: int(), unexplained: int(), missing: int(), pending: int() }),
        ok: bool("No difference without a stated reason, and every check computed."),
      }),
    },
    errors: [],
    handle: ({ data, asOf }) => reconcileReport(data.dataset, { asOf }),
  }),
];
