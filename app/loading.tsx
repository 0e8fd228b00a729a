// Placeholder shown while a page's server data loads: a few grey paper-shaped blocks.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-40 rounded bg-chip" />
      <div className="mt-2 h-4 w-24 rounded bg-chip" />
      <ul className="mt-8 space-y-4" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className="rounded-lg border border-border bg-surface p-5">
            <div className="h-5 w-4/5 rounded bg-chip" />
            <div className="mt-3 h-4 w-1/2 rounded bg-chip" />
            <div className="mt-3 h-4 w-1/3 rounded bg-chip" />
          </li>
        ))}
      </ul>
    </div>
  );
}
