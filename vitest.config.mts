// Unit and integration tests run in Node against real SQLite files: one base file is
// migrated per run (tests/helpers/global-setup.ts) and copied per test (test-db.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const projectRoot = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: projectRoot }],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: ["node_modules/**", "tests/e2e/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // The JSON report feeds the one-line total that .ci/run prints (scripts/test-summary.mjs).
    reporters: ["default", ["json", { outputFile: ".test-reports/vitest.json" }]],
  },
});
