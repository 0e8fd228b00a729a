import { describe, expect, it } from "vitest";
import { atomFeed, escapeXml, feedUpdated } from "./atom";
import { testPaper } from "./test-paper";

const base = {
  title: "Abstracta: au:boix",
  id: "https://abstracta.example/feed.atom?q=au%3Aboix",
  selfUrl: "https://abstracta.example/feed.atom?q=au%3Aboix",
  alternateUrl: "https://abstracta.example/?q=au%3Aboix&sort=newest",
  origin: "https://abstracta.example",
  now: new Date("2030-01-02T03:04:05.678Z"),
};

describe("Atom feed", () => {
  it("the Atom feed escapes markup from dumps", () => {
    const xml = atomFeed({
      ...base,
      papers: [
        testPaper({
          title: "<script>alert(1)</script> & \"friends\"",
          abstract: "]]> <b>bold</b> $a<b$ \u0000\u0007 ok",
          authors: [{ name: "O'Brien <x@y>", slug: "obrien" }],
          categories: ['cs.LG" onload="x'],
        }),
      ],
    });
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("\u0000");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;</title>");
    expect(xml).toContain("<name>O&apos;Brien &lt;x@y&gt;</name>");
    expect(xml).toContain('<category term="cs.LG&quot; onload=&quot;x"/>');
    expect(xml).toContain("]]&gt; &lt;b&gt;bold&lt;/b&gt; $a&lt;b$  ok");
  });

  it("escapeXml drops characters XML cannot carry and keeps real text", () => {
    expect(escapeXml("a\u0001b\uFFFEc\uD800d")).toBe("abcd");
    expect(escapeXml("tab\tnl\ncr\r 😀 é")).toBe("tab\tnl\ncr\r 😀 é");
  });

  it("an untitled paper's feed entry says it is untitled", () => {
    const xml = atomFeed({ ...base, papers: [testPaper({ title: null, abstract: "Chain-of-thought (CoT) reasoning has become a powerful technique for eliciting abilities." })] });
    expect(xml).toContain("<title>Untitled: Chain-of-thought (CoT) reasoning has become a powerful technique for eliciting abilities.</title>");
    const long = atomFeed({ ...base, papers: [testPaper({ title: "  ", abstract: "one two three four five six seven eight nine ten eleven twelve, thirteen" })] });
    expect(long).toContain("<title>Untitled: one two three four five six seven eight nine ten eleven twelve…</title>");
    expect(atomFeed({ ...base, papers: [testPaper({ title: null, abstract: null })] })).toMatch(/<entry>[\s\S]*<title>Untitled<\/title>/);
  });

  it("each entry has a permalink id and link, authors, dates, summary and categories", () => {
    const xml = atomFeed({ ...base, papers: [testPaper()] });
    const entry = xml.slice(xml.indexOf("<entry>"));
    expect(entry).toContain("<id>https://abstracta.example/papers/2302.11055</id>");
    expect(entry).toContain('<link rel="alternate" type="text/html" href="https://abstracta.example/papers/2302.11055"/>');
    expect(entry).toContain("<author><name>Emmanuel Abbe</name></author>");
    expect(entry).toContain("<author><name>Enric Boix-Adsera</name></author>");
    expect(entry).toContain("<published>2023-02-21T00:00:00Z</published>");
    expect(entry).toContain("<updated>2023-02-21T00:00:00Z</updated>");
    expect(entry).toContain('<summary type="text">We investigate');
    expect(entry).toContain('<category term="cs.LG"/>');
    expect(entry).toContain('<category term="stat.ML"/>');
  });

  it("the feed is dated by its newest paper, a month-only date meaning the first", () => {
    const papers = [testPaper({ publishedAt: "2021-03" }), testPaper({ publishedAt: "2024-11" }), testPaper({ publishedAt: null })];
    expect(feedUpdated(papers, base.now)).toBe("2024-11-01T00:00:00Z");
    const xml = atomFeed({ ...base, papers });
    expect(xml).toMatch(/<feed[^>]*>\s*<title>Abstracta: au:boix<\/title>\s*<id>[^<]+<\/id>\s*<updated>2024-11-01T00:00:00Z<\/updated>/);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://abstracta.example/feed.atom?q=au%3Aboix"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://abstracta.example/?q=au%3Aboix&amp;sort=newest"/>');
  });

  it("an empty feed is dated now and is still a complete document", () => {
    const xml = atomFeed({ ...base, papers: [] });
    expect(xml).toContain("<updated>2030-01-02T03:04:05Z</updated>");
    expect(xml).not.toContain("<entry>");
    expect(xml.trim().endsWith("</feed>")).toBe(true);
  });
});
