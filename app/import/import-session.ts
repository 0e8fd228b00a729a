// Whether this page request carries a valid import session cookie (pages decide what to
// show with it; the API routes check the request itself, lib/auth/import-auth.ts).
import { cookies } from "next/headers";
import { SESSION_COOKIE, verifySession } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";

export async function hasImportSession(): Promise<boolean> {
  if (!env.IMPORT_TOKEN) return false;
  return verifySession((await cookies()).get(SESSION_COOKIE)?.value, env.IMPORT_TOKEN);
}
