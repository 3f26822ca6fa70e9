import { defineConfig } from "vitest/config";
import { WEB_ALIASES } from "./vite.config.ts";

export default defineConfig({
  // The dashboard's unit tests import halqa's layers through the same aliases as its build.
  resolve: { alias: WEB_ALIASES },
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts", "scripts/**/*.test.ts", "web/src/**/*.test.ts"],
    reporters: ["default", "./scripts/totals-reporter.ts"],
    // Two shared cores: keep the pool small so the suite does not starve the machine.
    maxWorkers: 2,
    // Property tests run thousands of cases; on two cores shared with the browser tests a 5 s limit
    // fails them by timing, not by result.
    testTimeout: 20_000,
    // Loading the bundled dataset in a beforeAll takes about a second alone, but ten on a busy machine.
    hookTimeout: 30_000,
  },
});
