// The `test` every browser test imports: its `page` fails the test on any console.error
// or uncaught page error, unless the test lists the message in `allowedConsoleErrors`.
import { test as base, expect } from "@playwright/test";

type Fixtures = {
  /** Patterns of console errors a test expects (e.g. the 404 a not-found test causes). */
  allowedConsoleErrors: RegExp[];
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    const isAllowed = (text: string) => allowedConsoleErrors.some((re) => re.test(text));

    page.on("console", (message) => {
      if (message.type() !== "error" || isAllowed(message.text())) return;
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`);
    });
    page.on("pageerror", (error) => {
      if (!isAllowed(error.message)) errors.push(`page error: ${error.stack ?? error.message}`);
    });

    await use(page);

    expect(errors, "the page logged unexpected errors").toEqual([]);
  },
});

export { expect };
