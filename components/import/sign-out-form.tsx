// "Sign out": forgets the import session on this browser (a form, no script needed).
export function SignOutForm() {
  return (
    <form method="post" action="/api/import/session/sign-out">
      <button type="submit" className="text-muted underline-offset-4 hover:text-foreground hover:underline">
        Sign out
      </button>
    </form>
  );
}
