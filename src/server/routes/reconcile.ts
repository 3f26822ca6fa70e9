/** GET /api/reconcile: the headline figures against the published record (`halqa reconcile --json`). */
import { reconcileReport } from "../../core/reports/reconcile-report.ts";
import { AsOfQuery } from "../../schema/api.ts";
import { ref } from "../openapi-schemas.ts";
import { type Route, route } from "./route.ts";

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
      schema: ref("ReconcileReport"),
    },
    errors: [],
    handle: ({ data, asOf }) => reconcileReport(data.dataset, { asOf }),
  }),
];
