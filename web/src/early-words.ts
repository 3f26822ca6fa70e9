/**
 * The page's first script, a chunk of its own that imports almost nothing (vite.config.ts writes it
 * into index.html before the app): it asks for the page's words at once, beside the app's own
 * scripts, instead of after the app's bundle has run, and sets the page's language and direction
 * before anything is laid out, so an Arabic page is laid out once, right to left, not first left to
 * right. The app's later request for the same words (web/src/i18n/load-language.ts) reuses this one.
 */
import { directionOf } from "@i18n/lang.ts";
import { wordsOf } from "./i18n/words-of.ts";
import { languageOfPage } from "./state/language-choice.ts";

const lang = languageOfPage(window.location.search);
document.documentElement.lang = lang;
document.documentElement.dir = directionOf(lang);
wordsOf(lang).catch(() => undefined);
