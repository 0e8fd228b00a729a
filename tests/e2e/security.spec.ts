// The security headers proxy.ts puts on every response (a page, a route handler, a static
// file, a 404, an error), the CSP nonce on the page's own scripts, and the browser refusing
// script that does not carry it. The fixtures fail any test on a console error, so every
// other spec also proves the app works under this policy.
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The headers every response must carry, whatever its kind. */
function expectSecurityHeaders(response: APIResponse, label: string): Record<string, string[]> {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toMatch(/camera=\(\)/);
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers, label).not.toHaveProperty("x-powered-by");
  const csp = Object.fromEntries(
    (headers["content-security-policy"] ?? "").split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
  expect(csp["frame-ancestors"], label).toEqual(["'none'"]);
  expect(csp["object-src"], label).toEqual(["'none'"]);
  expect(csp["script-src"], label).toContain("'strict-dynamic'");
  expect(csp["script-src"], label).not.toContain("'unsafe-inline'");
  expect(csp["script-src"], label).not.toContain("'unsafe-eval'");
  return csp;
}

const nonceOf = (csp: Record<string, string[]>) => /^'nonce-(.+)'$/.exec(csp["script-src"]?.find((v) => v.startsWith("'nonce-")) ?? "")?.[1];

/** Every <script> start tag that the browser would run (JSON-LD is data, never run). */
const runnableScriptTags = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="application\/ld\+json"/.test(tag));

test("a page, a route handler, a static file, a 404 and a 400 all carry the security headers", async ({ request }) => {
  const page = await request.get("/");
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page, "page /");

  const api = await request.get("/api/search?q=grokking");
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api, "GET /api/search");

  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script, "the page loads a script from /_next/static").toBeDefined();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, `static ${script}`);

  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, "404 page");

  const badRequest = await request.get("/api/search?page=0");
  expect(badRequest.status()).toBe(400);
  expectSecurityHeaders(badRequest, "400 from a route handler");
});

test("every script on a page carries this response's nonce, and each response draws a new one", async ({ request }) => {
  const nonces: string[] = [];
  for (const url of ["/", "/", "/papers/2505.21825", "/import", "/no-such-page"]) {
    const response = await request.get(url, { failOnStatusCode: false });
    const nonce = nonceOf(expectSecurityHeaders(response, url));
    expect(nonce, url).toBeDefined();
    nonces.push(nonce!);
    const html = await response.text();
    const tags = runnableScriptTags(html);
    // Next's inline scripts (the flight data) and its chunks alike.
    expect(tags.filter((t) => !/\bsrc=/.test(t)).length, `${url}: inline scripts`).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, url).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size).toBe(nonces.length);
});

test.describe("the policy in the browser", () => {
  // Chrome reports the refusal on the console.
  test.use({ allowedConsoleErrors: [/inline event handler violates the following Content Security Policy directive/] });

  test("the page runs its own scripts under the CSP, and refuses an injected inline handler", async ({ page }) => {
    await page.goto("/");
    await page.locator("[data-interactive]").waitFor();
    // Search as you type works: the hydrated pane fetched and rendered new results.
    await page.getByRole("searchbox", { name: "Search papers" }).fill("grokking");
    await expect(page).toHaveURL(/\?q=grokking/);
    await expect(page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 2 }).first()).toBeVisible();

    // Markup as an injection would put it: an image whose error handler runs script. Either
    // the browser reports the refusal or the handler runs; whichever happens first answers.
    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (e) => resolve(`refused by ${e.effectiveDirective}`), { once: true });
          (window as { __ran?: () => void }).__ran = () => resolve("ran");
          document.body.insertAdjacentHTML("beforeend", '<img alt="" src="data:," onerror="window.__injected = 1; window.__ran()">');
        }),
    );
    expect(outcome).toMatch(/^refused by script-src/);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  });
});
