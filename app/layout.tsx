// The root layout: document shell, site header linking home, and the main container
// every page renders into.
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
// Formulas in titles and abstracts are typeset on the server on every page that lists papers.
import "katex/dist/katex.min.css";
import "./globals.css";

// Inline so the browser never asks for a /favicon.ico the app does not serve.
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><text x="16" y="23" font-family="Georgia,serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">A</text></svg>';

export const metadata: Metadata = {
  title: { default: "Abstracta", template: "%s · Abstracta" },
  description:
    "A literature explorer for ML-theory papers: paste arXiv listings, browse a clean library.",
  applicationName: "Abstracta",
  icons: { icon: `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}` },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0f0e0d" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the 404 included, is rendered per request: the CSP nonce proxy.ts draws
  // must be on its scripts, and a page prerendered at build time would carry none.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-10 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-border bg-surface/80">
          <div className="mx-auto flex max-w-5xl items-baseline justify-between gap-4 px-4 py-4 sm:px-6">
            <Link
              href="/"
              className="font-serif text-xl font-semibold tracking-tight text-foreground hover:text-accent"
            >
              Abstracta
            </Link>
            <nav aria-label="Site" className="flex gap-4 text-sm">
              <Link href="/authors" className="text-muted hover:text-foreground hover:underline">Authors</Link>
              <Link href="/topics" className="text-muted hover:text-foreground hover:underline">Topics</Link>
              <Link href="/import" className="text-muted hover:text-foreground hover:underline">Import</Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
