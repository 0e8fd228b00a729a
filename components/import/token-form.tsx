// The import token prompt: a plain form posting to /api/import/session, which sets the
// session cookie and sends the browser back here (with ?refused=… when it was wrong).
export type TokenFormProps = { refused?: string };

const REFUSALS: Record<string, string> = {
  wrong: "That is not the import token. Check IMPORT_TOKEN in the server's environment and try again.",
  missing: "Enter the import token.",
  "cross-site": "Refused: the sign-in came from another site.",
  "rate-limited": "Too many sign-in attempts from here. Wait a minute, then try again.",
};

export function TokenForm({ refused }: TokenFormProps) {
  const message = refused ? (REFUSALS[refused] ?? "The token was refused; try again.") : null;
  return (
    <form method="post" action="/api/import/session" className="max-w-md rounded-lg border border-border bg-surface p-5 shadow-xs" aria-labelledby="token-heading">
      <h2 id="token-heading" className="font-serif text-xl font-semibold">
        Enter the import token
      </h2>
      <p className="mt-1 text-sm text-muted">
        Reading the library is open to all; importing and undoing need the secret set as <code className="font-mono">IMPORT_TOKEN</code> on the server.
        This browser then remembers it for 30 days.
      </p>
      {message ? (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {message}
        </p>
      ) : null}
      <label htmlFor="import-token" className="mt-4 block text-sm font-semibold">
        Import token
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="import-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          autoFocus={!!message}
          className="min-w-0 flex-1 rounded-lg border border-border bg-background px-3 py-2 font-mono text-base"
        />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-background hover:opacity-90">
          Sign in
        </button>
      </div>
    </form>
  );
}
