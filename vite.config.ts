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
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Import paths from web/src to halqa's layers (also in web/tsconfig.json and vitest.config.ts). */
export const WEB_ALIASES = {
  "@core": here("./src/core"),
  "@i18n": here("./src/i18n"),
  "@schema": here("./src/schema"),
};

export default defineConfig({
  root: here("./web"),
  base: "/",
  plugins: [react()],
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
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
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
