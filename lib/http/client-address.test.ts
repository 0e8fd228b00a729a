import { describe, expect, it } from "vitest";
import { clientAddress, DIRECT_CLIENTS } from "./client-address";

const request = (forwardedFor?: string) =>
  new Request("http://library.test/api/import", { method: "POST", headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } });

describe("clientAddress", () => {
  it("without a trusted proxy X-Forwarded-For is ignored: a client could write anything there", () => {
    expect(clientAddress(request("203.0.113.7"), 0)).toBe(DIRECT_CLIENTS);
    expect(clientAddress(request("198.51.100.1"), 0)).toBe(DIRECT_CLIENTS);
    expect(clientAddress(request(), 0)).toBe(DIRECT_CLIENTS);
  });

  it("behind one trusted proxy the client is the address that proxy appended, not what the client sent", () => {
    expect(clientAddress(request("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request(" 6.6.6.6 ,203.0.113.7 "), 1)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies the client is the second address from the right", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies: the leftmost is all there is.
    expect(clientAddress(request("203.0.113.7"), 2)).toBe("203.0.113.7");
  });

  it("a trusted setup with no X-Forwarded-For at all falls back to the shared key", () => {
    expect(clientAddress(request(), 1)).toBe(DIRECT_CLIENTS);
    expect(clientAddress(request(" , "), 1)).toBe(DIRECT_CLIENTS);
  });
});
