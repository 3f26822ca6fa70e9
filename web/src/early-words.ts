/**
 * The page's first script, a chunk of its own that imports almost nothing (vite.config.ts writes it
 * into index.html before the app): it asks for the page's words at once, beside the app's own
 * scripts, instead of after the app's bundle has run, and sets the page's language and direction
 * before anything is laid out, so an Arabic page is laid out once, right to left, not first left to
 * right; and it makes the page's first read of its stored preferences (below). The app's later
 * request for the same words (web/src/i18n/load-language.ts) reuses this one.
 */
import { directionOf } from "@i18n/lang.ts";
import { wordsOf } from "./i18n/words-of.ts";
import { languageOfPage, preferredLanguage } from "./state/language-choice.ts";

const lang = languageOfPage(window.location.search);
document.documentElement.lang = lang;
document.documentElement.dir = directionOf(lang);
wordsOf(lang).catch(() => undefined);
// The page's first read of localStorage waits for the browser process to hand over the site's stored
// values (a synchronous request: in traces of cold loads on a busy machine, 20–50 ms of the main
// thread blocked inside the app's first script, which reads the stored digits and language on its way
// to the first render). Read here, while the page still waits for its scripts, later reads are local.
preferredLanguage();
