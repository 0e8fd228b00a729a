// The one way this project opens SQLite through Prisma: the better-sqlite3 adapter with
// our pragmas applied on every connection it makes (app, scripts, tests, migrations).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/** The adapter has no pragma option, so we run them as each connection opens.
 * WAL lets the app read while an import writes; foreign_keys is per connection in
 * SQLite (better-sqlite3 defaults it on, but we do not rely on a build flag). */
export const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA foreign_keys = ON;",
  "PRAGMA busy_timeout = 5000;",
].join("\n");

export class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  constructor(databaseUrl: string) {
    super({ url: databaseUrl, timeout: 5000 });
  }

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  }
}
