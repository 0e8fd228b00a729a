// /import: paste dumps or drop .txt files, see what the import would do, then import.
// Asks for the import token first (a plain form; the session is a signed cookie), and
// says how to turn browser imports on when no token is configured.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ImportDisabled } from "@/components/import/import-disabled";
import { ImportWorkspace } from "@/components/import/import-workspace";
import { SignOutForm } from "@/components/import/sign-out-form";
import { TokenForm } from "@/components/import/token-form";
import { env } from "@/lib/env";
import { LAYOUTS } from "@/lib/import/registry";
import { hasImportSession } from "./import-session";

export const metadata: Metadata = { title: "Import papers", robots: { index: false } };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportPage({ searchParams }: PageProps) {
  await connection();
  const { refused } = await searchParams;
  const signedIn = await hasImportSession();
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h1 className="font-serif text-3xl font-semibold tracking-tight">Import papers</h1>
          <p className="mt-1 max-w-2xl text-muted">
            Paste a listing copied from arXiv, Hugging Face Papers or a feed, or drop .txt files. You see what
            would change before anything is written.
          </p>
        </div>
        <nav aria-label="Import" className="flex items-center gap-4 text-sm">
          <Link href="/import/history" className="font-medium text-accent underline-offset-4 hover:underline">
            Import history
          </Link>
          {signedIn ? <SignOutForm /> : null}
        </nav>
      </header>
      {!env.IMPORT_TOKEN ? (
        <ImportDisabled />
      ) : signedIn ? (
        <ImportWorkspace layouts={LAYOUTS.map((l) => ({ name: l.name, description: l.description }))} />
      ) : (
        <TokenForm refused={typeof refused === "string" ? refused : undefined} />
      )}
    </div>
  );
}
