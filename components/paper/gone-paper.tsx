// What a permalink shows when its paper was removed by undoing the import that brought
// it: the link still answers, and says what happened instead of a bare 404.
export type GonePaperProps = { paperKey: string; reason: string };

export function GonePaper({ paperKey, reason }: GonePaperProps) {
  return (
    <section aria-labelledby="gone-heading" className="mx-auto max-w-2xl space-y-4 py-8">
      <h1 id="gone-heading" className="font-serif text-3xl font-semibold">This paper is no longer in the library</h1>
      <p>
        <code className="font-mono text-sm">{paperKey}</code> named a paper that was {reason}.
      </p>
      <form action="/" method="get" role="search" className="flex gap-2">
        <label htmlFor="gone-q" className="sr-only">Search papers</label>
        <input id="gone-q" name="q" type="search" defaultValue={paperKey.replace(/-/g, " ")} className="min-w-0 flex-1 rounded-lg border border-border bg-surface px-3 py-2" />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-background">Search</button>
      </form>
    </section>
  );
}
