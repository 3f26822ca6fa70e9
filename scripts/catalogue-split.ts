/**
 * The dashboard ships one language's words in its first bundle. The catalogue's registry
 * (src/i18n/messages/index.ts) stays the one source of truth for both trees; in the web build this
 * plugin rewrites that module so that its Arabic parts are placeholders (`const webAppAr = undefined`)
 * and the Arabic tree is an empty skeleton. The page imports the registry a second time under
 * `?lang=ar` (untouched, so with its Arabic parts) when Arabic is chosen, in a chunk of its own, and
 * installs its tree (web/src/i18n/load-language.ts). The English parts are shared by both copies.
 */
import type { Plugin } from "vite";

/** The registry's path, as Vite resolves it (forward slashes). */
const REGISTRY = /\/src\/i18n\/messages\/index\.ts$/;
/** `import { webAppAr } from "./web-app.ar.ts";` — one Arabic part, one line. */
const ARABIC_IMPORT = /^import \{ (\w+Ar) \} from "\.\/[\w-]+\.ar\.ts";$/gm;

/** The registry without its Arabic parts: every Arabic import becomes an undefined constant. */
export function withoutArabic(source: string): string {
  return source.replace(ARABIC_IMPORT, "const $1 = undefined;");
}

export function splitCatalogue(): Plugin {
  return {
    name: "halqa-split-catalogue",
    enforce: "pre",
    transform(code, id) {
      // `?lang=ar` (the lazily loaded copy) keeps every part.
      if (!REGISTRY.test(id)) return null;
      return { code: withoutArabic(code), map: null };
    },
  };
}
