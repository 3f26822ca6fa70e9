/**
 * Which language a page opens in, with no React and nothing else imported, so the first script the
 * page runs (web/src/early-words.ts) can ask the same question the app asks: the URL's `lang`, else
 * the last language chosen here, else the browser's.
 */
import { LANGS, type Lang } from "@i18n/lang.ts";

const STORAGE_KEY = "halqa.lang";

/** The language when the URL names none: the last one chosen here, else the browser's. */
export function preferredLanguage(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === "ar" || stored === "en") return stored;
  } catch {
    // Storage can be unavailable (privacy settings); the browser's language still answers.
  }
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith("ar"))
    ? "ar"
    : "en";
}

export function rememberLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, still shown.
  }
}

/** The language a page with this query string opens in (`parseView` reads `lang` the same way). */
export function languageOfPage(search: string, fallback: () => Lang = preferredLanguage): Lang {
  const asked = new URLSearchParams(search).get("lang");
  return (LANGS as readonly string[]).includes(asked ?? "") ? (asked as Lang) : fallback();
}
