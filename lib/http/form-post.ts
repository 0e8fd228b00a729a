// Plain HTML forms (sign in, undo) post to the same routes as API clients; they are
// told apart by the body's type, and answered with a redirect to a page instead of JSON.

/** A browser form submission (urlencoded or multipart with no script involved). */
export function isFormPost(request: Request): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(request.headers.get("content-type") ?? "");
}

/** 303 See Other to a path on this site, so the browser GETs the page after its POST. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...headers } });
}
