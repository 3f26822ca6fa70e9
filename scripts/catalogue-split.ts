/**
 * The dashboard ships each language's words in a chunk of its own, and its first bundle none. The
 * catalogue's registry (src/i18n/messages/index.ts) stays the one source of truth for both trees; in
 * the web build this plugin rewrites that module:
 *
 * - imported plainly (by the formatter, src/i18n/message.ts), every part is a placeholder
 *   (`const webAppEn = undefined`): both trees are empty skeletons, so neither language's words sit in
 *   the shell;
 * - imported as `index.ts?lang=en` or `index.ts?lang=ar` (web/src/i18n/load-language.ts, and the
 *   page's first script, web/src/early-words.ts), it keeps that language's parts only.
 *
 * An Arabic page so loads the Arabic words and never the English ones, and an English page the
 * reverse; a key missing in one language cannot fall back to the other (parity.test.ts forbids it).
 * The dev server does the same; the unit tests and the command line read the whole registry.
 */
import type { Plugin } from "vite";
import type { Lang } from "../src/i18n/lang.ts";

/** The registry's path, as Vite resolves it (forward slashes), with the query that names a language. */
const REGISTRY = /\/src\/i18n\/messages\/index\.ts(?:\?lang=(en|ar))?$/;
/** `import { webAppAr } from "./web-app.ar.ts";` — one part, one line. */
const PART_IMPORT = /^import \{ (\w+(?:En|Ar)) \} from "\.\/[\w-]+\.(en|ar)\.ts";$/gm;

/** The registry with the parts of one language only (`kept`), or of none: others become undefined constants. */
export function withPartsOf(source: string, kept: Lang | undefined): string {
  return source.replace(PART_IMPORT, (line, name: string, lang: string) =>
    lang === kept ? line : `const ${name} = undefined;`,
  );
}

/** Which copy of the registry a module id names: a language's, the empty one, or not the registry. */
export function registryCopy(id: string): { lang: Lang | undefined } | undefined {
  const match = REGISTRY.exec(id);
  if (!match) return undefined;
  return { lang: match[1] as Lang | undefined };
}

export function splitCatalogue(): Plugin {
  return {
    name: "halqa-split-catalogue",
    enforce: "pre",
    transform(code, id) {
      const copy = registryCopy(id);
      if (!copy) return null;
      return { code: withPartsOf(code, copy.lang), map: null };
    },
  };
}
