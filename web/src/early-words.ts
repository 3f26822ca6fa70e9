/**
 * The page's first script (index.html lists it before the app): on an Arabic page it asks for the
 * Arabic words at once, beside the app's own scripts, instead of one round trip after the app's bundle
 * has run. The app's later import of the same module (web/src/i18n/load-language.ts) reuses this
 * request. On an English page it does nothing.
 */
import { languageOfPage } from "./state/language-choice.ts";

if (languageOfPage(window.location.search) === "ar")
  import("@i18n/messages/index.ts?lang=ar").catch(() => undefined);
