import * as crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sameSecret } from "./same-secret";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

afterEach(() => vi.mocked(crypto.timingSafeEqual).mockClear());

describe("sameSecret", () => {
  it("accepts the same secret and refuses a different one", () => {
    expect(sameSecret("e2e-secret-token", "e2e-secret-token")).toBe(true);
    expect(sameSecret("e2e-secret-tokem", "e2e-secret-token")).toBe(false);
    expect(sameSecret("", "e2e-secret-token")).toBe(false);
  });

  it("comparison does not short-circuit on length: it compares two equal-length digests in constant time", () => {
    expect(sameSecret("x", "a much longer configured token")).toBe(false);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
    const [a, b] = vi.mocked(crypto.timingSafeEqual).mock.calls[0]! as [Buffer, Buffer];
    expect(a.length).toBe(32);
    expect(b.length).toBe(32);
  });
});
