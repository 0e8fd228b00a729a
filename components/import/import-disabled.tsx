// What /import shows when no IMPORT_TOKEN is configured: importing from the browser is
// off, how to turn it on, and that the CLI keeps working.
export function ImportDisabled() {
  return (
    <section aria-labelledby="import-off" className="max-w-2xl rounded-lg border border-border bg-surface p-5 shadow-xs">
      <h2 id="import-off" className="font-serif text-xl font-semibold">
        Importing from the browser is off
      </h2>
      <p className="mt-2 text-muted">
        Writing to the library needs a secret. To turn browser imports on, set <code className="font-mono text-sm text-foreground">IMPORT_TOKEN</code> in
        the server&apos;s environment (or its <code className="font-mono text-sm text-foreground">.env</code> file) to a long random string and restart
        the server; this page will then ask for it once.
      </p>
      <pre className="mt-3 overflow-x-auto rounded bg-chip px-3 py-2 font-mono text-sm text-chip-foreground">
        IMPORT_TOKEN=$(openssl rand -hex 24) npm start
      </pre>
      <p className="mt-3 text-muted">
        The command line keeps working without it: <code className="font-mono text-sm text-foreground">npm run import -- FILE…</code>
      </p>
    </section>
  );
}
