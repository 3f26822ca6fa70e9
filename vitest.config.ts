import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts", "scripts/**/*.test.ts"],
    reporters: ["default", "./scripts/totals-reporter.ts"],
    // Two shared cores: keep the pool small so the suite does not starve the machine.
    maxWorkers: 2,
  },
});
