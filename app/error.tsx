"use client";
// Error boundary for the pages below the root layout: says something went wrong, shows
// the server's error digest (to find the log line) and offers a retry.
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  return (
    <section role="alert" className="py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">The page could not be loaded. Trying again often helps.</p>
      {digest ? <p className="mt-2 font-mono text-xs text-muted">Error reference: {digest}</p> : null}
      <button
        type="button"
        onClick={() => retry()}
        className="mt-6 rounded-md border border-border bg-surface px-4 py-2 font-medium hover:border-accent hover:text-accent"
      >
        Try again
      </button>
    </section>
  );
}
