/**
 * Opens the printable brief (`/api/brief`, what `halqa brief` writes) of the page's subject, in the
 * page's language and on the page's as-of date (without it the brief would be of today's data, not of
 * the figures on screen).
 */
import { useI18n } from "../i18n/index.ts";
import { useView } from "../state/use-view.ts";

export function BriefLink({ entity, scenario }: { entity?: string | null; scenario?: string | null }) {
  const { m, lang } = useI18n();
  const [view] = useView();
  const query = new URLSearchParams({ lang });
  if (view.asOf) query.set("asOf", view.asOf);
  if (entity) query.set("entity", entity);
  if (scenario) query.set("scenario", scenario);
  return (
    <a className="button brief-link" href={`/api/brief?${query}`} target="_blank" rel="noopener" data-brief>
      {m("web.exports.brief")}
    </a>
  );
}
