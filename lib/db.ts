// The app's one Prisma client, over the SQLite file in DATABASE_URL. Scripts and tests
// that need another file build their own with createPrismaClient.
import { SqliteAdapterFactory } from "./db/sqlite-adapter";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

/** A client on any SQLite file: URL; every connection gets WAL, foreign keys and a busy
 * timeout (see db/pragmas.ts). The caller owns it and should $disconnect it. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new SqliteAdapterFactory(databaseUrl) });
}

// Next's dev server re-evaluates modules on every edit; keeping the client on
// globalThis stops each reload from opening another connection to the file.
const globalForPrisma = globalThis as typeof globalThis & { abstractaPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.abstractaPrisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForPrisma.abstractaPrisma = prisma;
