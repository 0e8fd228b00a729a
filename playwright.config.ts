// Browser tests: a production build (`next build` + `next start`) over a throwaway
// database that is deleted and re-imported from the seeds on every run.
import fs from "node:fs";
import path from "node:path";
import { defineConfig, type LaunchOptions } from "@playwright/test";

const PORT = 3100;
const BASE_URL = `http://127.0.0.1:${PORT}`;
// Playwright compiles this file to CommonJS unless package.json says "type": "module".
const ROOT = typeof __dirname === "string" ? __dirname : process.cwd();
const E2E_DIR = path.join(ROOT, ".e2e");
const isCI = !!process.env.CI;

/** A system Chromium (CHROMIUM_PATH, then Debian's), else Playwright's own browser. */
function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((file): file is string => !!file && fs.existsSync(file));
}

/** Shared with scripts/screenshot.ts. The network flags keep Chromium from calling home. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: systemChromium(),
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: 0,
  timeout: 30_000,
  // The JSON report feeds the one-line total that .ci/run prints (scripts/test-summary.mjs).
  reporter: [["list"], ["json", { outputFile: ".test-reports/playwright.json" }], ...(isCI ? [["html", { open: "never" }] as const] : [])],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // Plugins (this server) start before any globalSetup, so the fresh database is
    // made here: delete, migrate + import seeds, build, serve.
    command: [
      `rm -rf "${E2E_DIR}"`,
      `mkdir -p "${E2E_DIR}"`,
      "npm run db:setup",
      "npx next build",
      `npx next start -p ${PORT} -H 127.0.0.1`,
    ].join(" && "),
    url: BASE_URL,
    env: {
      DATABASE_URL: `file:${path.join(E2E_DIR, "e2e.db")}`,
      NEXT_TELEMETRY_DISABLED: "1",
      IMPORT_TOKEN: "e2e-secret-token",
      // Every spec talks from one address and signs in and previews many times a minute;
      // the limit itself is tested against the route handlers (tests/integration/import-routes.test.ts).
      IMPORT_RATE_LIMIT: "1000",
    },
    reuseExistingServer: !isCI,
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
