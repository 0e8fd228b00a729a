import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ImportAuthError } from "../auth/import-auth";
import { ImportError } from "../import/types";
import { UndoError } from "../import/undo";
import { errorResponse, NotFoundError, PayloadTooLargeError, RateLimitedError, UnsupportedMediaTypeError } from "./errors";

const answer = async (error: unknown) => {
  const response = errorResponse(error);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, auth: response.headers.get("www-authenticate") };
};

describe("errorResponse", () => {
  it("each typed error answers its status with its message", async () => {
    expect(await answer(new NotFoundError("no such thing"))).toMatchObject({ status: 404, body: { error: "no such thing" } });
    expect(await answer(new PayloadTooLargeError("the paste is 6.0 MB; the limit is 5 MB"))).toMatchObject({ status: 413 });
    expect(await answer(new UnsupportedMediaTypeError("not that"))).toMatchObject({ status: 415 });
    expect(await answer(new UndoError("there is no import #9", "not-found"))).toMatchObject({ status: 404 });
    expect(await answer(new UndoError("import #2 was already undone", "conflict"))).toMatchObject({ status: 409, body: { error: "import #2 was already undone" } });
    expect((await answer(z.object({ a: z.string() }).safeParse({}).error)).status).toBe(400);
  });

  it("malformed input is a 422 naming the file and line", async () => {
    expect(await answer(new ImportError("pasted text", 3, "text in no known layout"))).toEqual({
      status: 422,
      body: { error: "pasted text:3: text in no known layout", file: "pasted text", line: 3 },
      auth: null,
    });
  });

  it("a missing or wrong token is a 401 that asks for a Bearer token; cross-site and disabled are 403", async () => {
    expect(await answer(new ImportAuthError("wrong", "the import token is wrong"))).toMatchObject({ status: 401, auth: 'Bearer realm="abstracta-import"' });
    expect((await answer(new ImportAuthError("missing", "m"))).status).toBe(401);
    expect((await answer(new ImportAuthError("expired", "e"))).status).toBe(401);
    expect(await answer(new ImportAuthError("cross-site", "c"))).toMatchObject({ status: 403, auth: null });
    expect((await answer(new ImportAuthError("disabled", "d"))).status).toBe(403);
  });

  it("too many requests is a 429 whose Retry-After header and body say how many seconds to wait", async () => {
    const response = errorResponse(new RateLimitedError("too many imports; try again in 42 seconds", 42));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toEqual({ error: "too many imports; try again in 42 seconds", retryAfter: 42 });
  });
});
