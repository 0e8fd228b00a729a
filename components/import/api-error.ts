// The error an API answer carries ({ "error": "…" }), or a fallback naming the status,
// for the import page's messages.
export type ApiFailure = { status: number; message: string };

export async function apiFailure(response: Response): Promise<ApiFailure> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  const message = typeof body?.error === "string" ? body.error : `the server answered ${response.status}`;
  return { status: response.status, message };
}

export const networkFailure: ApiFailure = { status: 0, message: "the server could not be reached; check the connection and try again" };
