// Shown for any URL that matches no page, and when a page calls notFound().
import Link from "next/link";

export default function NotFound() {
  return (
    <section className="py-16 text-center">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-3 text-muted">There is nothing at this address.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-accent underline-offset-4 hover:underline">
        Back to the library
      </Link>
    </section>
  );
}
