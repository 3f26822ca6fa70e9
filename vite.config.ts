/**
 * The dashboard's build: Vite with root `web`, output in dist/web (what `halqa serve` serves as
 * webDir). The browser imports halqa's own analytics from src/core through the aliases below, so
 * filters recompute in the page with the same code as the CLI and the API.
 *
 * The build must run under the server's content security policy (`script-src 'self'`): module
 * preload's polyfill is the only inline script Vite would write, so it is off.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type Rolldown } from "vite";
import { splitCatalogue } from "./scripts/catalogue-split.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Import paths from web/src to halqa's layers (also in web/tsconfig.json and vitest.config.ts). */
export const WEB_ALIASES = {
  "@core": here("./src/core"),
  "@i18n": here("./src/i18n"),
  "@schema": here("./src/schema"),
};

/** The files of `roots` and of every chunk they import statically, transitively. */
function staticClosure(bundle: Rolldown.OutputBundle, roots: readonly string[]): Set<string> {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === "chunk") for (const imported of chunk.imports) visit(imported);
  };
  for (const root of roots) visit(root);
  return files;
}

/** The chunks whose entry module is one of `modules` (paths ending so); throws if one has none. */
function chunksOf(bundle: Rolldown.OutputBundle, modules: readonly string[], plugin: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === "chunk");
  return modules.map((module) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`${plugin}: no chunk for ${module}`);
    return chunk.fileName;
  });
}

/**
 * The overview is the page most visits land on: its chunks (the page's first step, and the full page
 * it imports once that has painted) and everything they import (the loop finder, the loop map) are
 * announced in index.html as module preloads, so the browser fetches and compiles them beside the
 * shell's own scripts instead of after the shell has run and asked for the page. The first step's
 * come first. (Announcing the full page's at low priority, `fetchpriority="low"`, so that the page's
 * words would overtake them on the browser's six connections, did not help in A/B runs.)
 */
function preloadFirstPage(pages: readonly string[]): Plugin {
  return {
    name: "halqa-preload-first-page",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const files = staticClosure(bundle, chunksOf(bundle, pages, "preloadFirstPage"));
        const links = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace(/\n\s*<\/head>/, `\n${links.join("\n")}\n  </head>`);
      },
    },
  };
}

/**
 * The page's first script (web/src/early-words.ts: ask for the page's words, set its direction) as an
 * entry of its own. Vite folds every module script of index.html into one entry, which runs only
 * after all the app's scripts it imports have arrived and run; built apart, it runs as soon as it
 * arrives, beside them. The build takes its tag out of index.html and writes the built chunk's first.
 */
function firstScript(source: string): Plugin[] {
  const tag = `<script type="module" src="${source}"></script>`;
  return [
    {
      name: "halqa-first-script",
      apply: "build",
      config: () => ({
        build: {
          rolldownOptions: { input: { index: here("./web/index.html"), first: here(`./web${source}`) } },
        },
      }),
      transformIndexHtml: {
        order: "pre",
        handler(html) {
          if (!html.includes(tag)) throw new Error(`firstScript: index.html has no ${tag}`);
          return html.replace(tag, "");
        },
      },
    },
    {
      name: "halqa-first-script-tag",
      apply: "build",
      transformIndexHtml: {
        order: "post",
        handler(html, context) {
          const chunks = Object.values(context.bundle ?? {});
          const chunk = chunks.find((c) => c.type === "chunk" && c.facadeModuleId?.endsWith(source));
          if (!chunk) throw new Error(`firstScript: no chunk for ${source}`);
          return html.replace(
            /\n(\s*)<script type="module"/,
            `\n$1<script type="module" crossorigin src="/${chunk.fileName}"></script>\n$1<script type="module"`,
          );
        },
      },
    },
  ];
}

/**
 * The scripts of a cold load of the first page, compiled in full off the main thread. V8 compiles a
 * function only when it is first called, on the thread that calls it: on a cold load of the overview
 * that was 70–80 ms of the main thread's CPU (`bench/web-load.ts --trace`: V8.ParseFunction,
 * V8.CompileIgnition, V8.CompileCode), for functions the first render calls anyway. The magic comment
 * `//# allFunctionsCalledOnLoad` (V8's explicit compile hints, Chromium 136 on; other browsers read a
 * comment) asks for every function of the file to be compiled while the file streams in, on a
 * background thread (measured: 19 ms of compiling left on the main thread; 48 ms with ECharts' chunks
 * left out, for about the same CPU on the other threads). Only the entries and the first page's
 * closures (its first step's and its full page's) carry it: other pages' chunks load later, one at a
 * time, and compile as they run.
 */
function compileHints(pages: readonly string[]): Plugin {
  const HINT = "//# allFunctionsCalledOnLoad\n";
  return {
    name: "halqa-compile-hints",
    apply: "build",
    generateBundle: {
      // After Vite's own (which writes the preload map at the top of the entry).
      order: "post",
      handler(_options, bundle) {
        const entries = Object.values(bundle).filter((c) => c.type === "chunk" && c.isEntry);
        const files = staticClosure(bundle, [
          ...entries.map((c) => c.fileName),
          ...chunksOf(bundle, pages, "compileHints"),
        ]);
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type === "chunk" && !chunk.code.startsWith(HINT)) chunk.code = HINT + chunk.code;
        }
      },
    },
  };
}

/** The first page's modules: its first step, and the full page it imports once that has painted. */
const FIRST_PAGE = ["/web/src/pages/overview/OverviewPage.tsx", "/web/src/pages/Overview.tsx"] as const;

export default defineConfig({
  root: here("./web"),
  base: "/",
  plugins: [
    react(),
    splitCatalogue(),
    firstScript("/src/early-words.ts"),
    preloadFirstPage(FIRST_PAGE),
    compileHints(FIRST_PAGE),
  ],
  resolve: { alias: WEB_ALIASES },
  build: {
    outDir: here("./dist/web"),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    target: "es2022",
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // React changes less often than the pages: a separate file caches longer. ECharts and halqa's
        // engine are not grouped: each page's chunk then pulls only the modules it imports (the
        // overview does not wait for the bar charts or the Monte Carlo engine).
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Each language's words, asked for by the page's first script (scripts/catalogue-split.ts).
            {
              name: "messages-en",
              test: /src[\\/]i18n[\\/]messages[\\/]([\w-]+\.en\.ts|index\.ts\?lang=en)$/,
            },
            {
              name: "messages-ar",
              test: /src[\\/]i18n[\\/]messages[\\/]([\w-]+\.ar\.ts|index\.ts\?lang=ar)$/,
            },
          ],
        },
      },
    },
  },
  server: {
    // The dev server reads src/core from outside its root.
    fs: { allow: [here(".")] },
    // `halqa serve` on its default port answers /api while Vite serves the pages.
    proxy: { "/api": "http://127.0.0.1:5177" },
  },
});
