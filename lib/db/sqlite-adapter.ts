// The one way this project opens SQLite through Prisma: the better-sqlite3 adapter with
// our pragmas applied on every connection it makes (app, scripts, tests, migrations).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { BUSY_TIMEOUT_MS, CONNECTION_PRAGMA_SCRIPT } from "./pragmas";

export class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  constructor(databaseUrl: string) {
    super({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  }

  /** The adapter has no pragma option, so we run them as each connection opens. */
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMA_SCRIPT);
    return adapter;
  }
}
