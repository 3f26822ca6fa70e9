/** Opens the printable brief (`/api/brief`, what `halqa brief` writes) of the page's subject, in the page's language. */
import { useI18n } from "../i18n/index.ts";

export function BriefLink({ entity, scenario }: { entity?: string; scenario?: string }) {
  const { m, lang } = useI18n();
  const query = new URLSearchParams({ lang });
  if (entity) query.set("entity", entity);
  if (scenario) query.set("scenario", scenario);
  return (
    <a className="button brief-link" href={`/api/brief?${query}`} target="_blank" rel="noopener" data-brief>
      {m("web.exports.brief")}
    </a>
  );
}
