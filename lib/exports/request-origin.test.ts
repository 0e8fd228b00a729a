import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

describe("request origin", () => {
  it("absolute links use the host the reader asked for, not the server's bind address", () => {
    expect(requestOrigin(request("http://localhost:3000/feed.atom", { host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
  });

  it("behind a proxy, the forwarded host and scheme win", () => {
    const r = request("http://localhost:3000/feed.atom", { host: "internal:3000", "x-forwarded-host": "abstracta.example, proxy", "x-forwarded-proto": "https" });
    expect(requestOrigin(r)).toBe("https://abstracta.example");
  });

  it("a malformed host or scheme falls back to the request URL", () => {
    expect(requestOrigin(request("http://localhost:3000/x", { host: "bad host/<x>" }))).toBe("http://localhost:3000");
    expect(requestOrigin(request("http://localhost:3000/x", { host: "a.example", "x-forwarded-proto": "javascript" }))).toBe("http://localhost:3000");
  });
});
