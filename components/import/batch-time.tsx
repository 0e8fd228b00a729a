// When a batch ran, as people read it ("23 Nov 2026, 16:48 UTC"); the server renders it,
// so it is shown in UTC rather than guessing the reader's zone.
const FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Stored times are SQLite DATETIME text ("2026-11-23T16:48:50.123+00:00" or "2026-11-23 16:48:50"). */
export function parseStoredTime(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}

export function BatchTime({ value }: { value: string }) {
  const date = parseStoredTime(value);
  if (Number.isNaN(date.getTime())) return <span>{value}</span>;
  return <time dateTime={date.toISOString()}>{FORMAT.format(date)} UTC</time>;
}
