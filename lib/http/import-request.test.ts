import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { PayloadTooLargeError, UnsupportedMediaTypeError } from "./errors";
import { IMPORT_LIMIT_BYTES } from "./import-limits";
import { readImportRequest } from "./import-request";

const post = (query: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`http://library.test/api/import${query}`, { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readImportRequest", () => {
  it("a text/plain body is one source, named by ?name= or \"pasted text\"", async () => {
    expect(await readImportRequest(post("?dryRun=1", "abc", { "content-type": "text/plain" }))).toEqual({
      dryRun: true,
      format: undefined,
      inputs: [{ file: "pasted text", text: "abc" }],
    });
    const named = await readImportRequest(post("?name=listing.txt&format=arxiv-list", "abc", { "content-type": "text/plain; charset=utf-8" }));
    expect(named).toMatchObject({ dryRun: false, format: "arxiv-list", inputs: [{ file: "listing.txt", text: "abc" }] });
  });

  it("multipart file parts are sources named by their file names", async () => {
    const form = new FormData();
    form.append("file", new Blob(["one"]), "a.txt");
    form.append("file", new Blob(["two"]), "C:\\fakepath\\b.txt");
    const { inputs } = await readImportRequest(post("", form));
    expect(inputs).toEqual([
      { file: "a.txt", text: "one" },
      { file: "b.txt", text: "two" },
    ]);
  });

  it("a JSON body lists its files; bad JSON is a 400-style ZodError", async () => {
    const body = JSON.stringify({ files: [{ name: "x.txt", text: "t" }, { text: "u" }] });
    expect((await readImportRequest(post("", body, { "content-type": "application/json" }))).inputs).toEqual([
      { file: "x.txt", text: "t" },
      { file: "pasted text", text: "u" },
    ]);
    await expect(readImportRequest(post("", "{", { "content-type": "application/json" }))).rejects.toBeInstanceOf(ZodError);
  });

  it("an unknown format or body type is refused", async () => {
    await expect(readImportRequest(post("?format=nope", "abc", { "content-type": "text/plain" }))).rejects.toBeInstanceOf(ZodError);
    await expect(readImportRequest(post("", "abc", { "content-type": "image/png" }))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });

  it("a body over 5 MB is refused by its Content-Length, saying how big it is", async () => {
    const big = post("", "x", { "content-type": "text/plain", "content-length": String(6 * 1024 * 1024) });
    await expect(readImportRequest(big)).rejects.toThrow(new PayloadTooLargeError("the paste is 6.0 MB; the limit is 5 MB"));
  });

  it("a streamed body that does not declare its length is counted while it is read", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(120);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 7) controller.enqueue(chunk);
        else controller.close();
      },
    });
    await expect(readImportRequest(post("", stream, { "content-type": "text/plain" }))).rejects.toThrow("the paste is over 5 MB; the limit is 5 MB");
    expect(sent).toBeLessThan(7); // it stopped reading
  });

  it("text just over the limit inside a multipart envelope is refused by its own size", async () => {
    const form = new FormData();
    form.append("file", new Blob(["x".repeat(IMPORT_LIMIT_BYTES + 10)]), "a.txt");
    await expect(readImportRequest(post("", form))).rejects.toThrow("the paste is 5.0 MB; the limit is 5 MB");
  });
});
