/** Sources as links: outlet, title and date; a seed article (a file, no URL) is named without a link. */
import { useDataText } from "../data/use-data-text.ts";
import { useModel } from "../data/use-model.ts";
import { useI18n } from "../i18n/index.ts";
import { textLang } from "./text-lang.ts";

export function SourceLinks({ ids, inline = false }: { ids: readonly string[]; inline?: boolean }) {
  const { sources } = useModel();
  const { m, date } = useI18n();
  const outlet = useDataText();
  const items = ids.map((id) => {
    const s = sources.get(id);
    if (!s) return <span key={id}>{id}</span>;
    // The article's title in its own language (lang), the outlet's name with it.
    const titleLang = textLang(s.title);
    const text = inline ? outlet(s.publisher) : `${outlet(s.publisher)}: ${s.title}`;
    const when = s.date ? ` (${date(s.date)})` : "";
    return s.url ? (
      <span key={id}>
        <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title} lang={titleLang}>
          {text}
        </a>
        {inline ? "" : when}
      </span>
    ) : (
      <span key={id}>
        <span title={s.title} lang={titleLang}>
          {text}
        </span>
        {inline ? "" : `${when} ${m("web.deal.noUrl")}`}
      </span>
    );
  });
  if (inline)
    return (
      <span className="sources">
        {items.map((item, i) => (
          <span key={ids[i]}>
            {i > 0 ? " · " : ""}
            {item}
          </span>
        ))}
      </span>
    );
  return (
    <ul className="sources">
      {items.map((item, i) => (
        <li key={ids[i]}>{item}</li>
      ))}
    </ul>
  );
}
