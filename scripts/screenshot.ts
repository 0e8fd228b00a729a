// Full-page screenshot of a URL, with the same Chromium and flags as the browser tests:
//   npx tsx scripts/screenshot.ts URL OUT.png [--width 390] [--height 844] [--dark] [--viewport-only]
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../playwright.config";

const USAGE =
  "usage: npx tsx scripts/screenshot.ts URL OUT.png [--width 1280] [--height 900] [--dark] [--viewport-only]";

function parseCli() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      width: { type: "string", default: "1280" },
      height: { type: "string" },
      dark: { type: "boolean", default: false },
      "viewport-only": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [url, out] = positionals;
  const width = Number(values.width);
  // Phone widths get a phone-shaped viewport; what matters for a full page is the width.
  const height = Number(values.height ?? (width < 640 ? 844 : 900));
  if (values.help || !url || !out || !(width > 0) || !(height > 0)) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  return { url, out, width, height, dark: values.dark, fullPage: !values["viewport-only"] };
}

async function main() {
  const { url, out, width, height, dark, fullPage } = parseCli();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({
      viewport: { width, height },
      colorScheme: dark ? "dark" : "light",
      isMobile: width < 640,
      hasTouch: width < 640,
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    await page.screenshot({ path: out, fullPage });
    const size = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
    console.log(`${out}: ${url} → HTTP ${response?.status() ?? "?"}, page ${size[0]}×${size[1]} at ${width}px${dark ? ", dark" : ""}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
