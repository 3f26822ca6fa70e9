/** GET /api/brief: the printable brief (`halqa brief`) as an HTML document. */
import { BriefQuery } from "../../schema/api.ts";
import { briefRoute } from "../handlers/brief.ts";
import { type Route, route } from "./route.ts";

export const BRIEF_ROUTES: Route[] = [
  route({
    path: "/api/brief",
    operationId: "brief",
    tag: "analytics",
    summary: "A brief to cite, as HTML",
    description:
      "A one- to four-page document in the request's language (`lang`, else Accept-Language): the headline figures, the largest deals and loops, the circularity chart, who is hit under a scenario, the checks against the published record, and numbered footnotes to every source cited with its link and quote. With `entity`, a brief on that company; with `scenario`, on that bundled stress scenario (not both). Prints cleanly from a browser; `halqa brief --out brief.pdf` prints the same document to PDF.",
    query: BriefQuery,
    example: "entity=oracle&lang=ar",
    localized: true,
    response: { description: "The brief, an HTML document.", schema: { type: "string" }, html: true },
    errors: [],
    handle: ({ data, asOf, lang, query }) => briefRoute(data, asOf, lang, query),
  }),
];
