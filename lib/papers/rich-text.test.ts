import { describe, expect, it } from "vitest";
import { richTextHtml } from "./rich-text";

describe("rich text from dumps", () => {
  it("typesets the leap-complexity formula with KaTeX", () => {
    const html = richTextHtml("runs in $\\tilde\\Theta(d^{\\max(\\mathrm{Leap}(f),2)})$ time");
    expect(html).toContain('class="katex"');
    expect(html).toContain("runs in ");
  });

  it("shows a formula KaTeX cannot read as its source text", () => {
    expect(richTextHtml("bad $\\frac{1$ here")).toBe("bad $\\frac{1$ here");
  });

  it("escapes markup so pasted HTML stays text", () => {
    expect(richTextHtml('<script>alert(1)</script> <img src=x onerror="x()">')).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;x()&quot;&gt;",
    );
  });

  it("renders untrusted LaTeX commands inert", () => {
    const html = richTextHtml("$\\href{javascript:alert(1)}{x}$");
    expect(html).not.toContain('href="javascript');
  });

  it("marks matched search words, including prefixes", () => {
    expect(richTextHtml("Transformers learn", ["transf"])).toBe("<mark>Transformers</mark> learn");
  });
});

/** Every attribute value in the HTML, to look for links and data smuggled into markup. */
const attributes = (html: string) => [...html.matchAll(/\s([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => ({ name: name!, value: value! }));

describe("hostile text renders inert", () => {
  it("pasted <script> and <img onerror> stay text: no element, no event handler", () => {
    const html = richTextHtml('<script>window.__pwned=1</script> and <img src=x onerror="window.__pwned=1">');
    expect(html).not.toMatch(/<(script|img)/i);
    expect(attributes(html)).toEqual([]);
  });

  it("a javascript: URL in the text stays text, never a link", () => {
    const html = richTextHtml("see javascript:alert(1) and [x](javascript:alert(1))");
    expect(html).toBe("see javascript:alert(1) and [x](javascript:alert(1))");
  });

  it("$\\href{javascript:alert(1)}{x}$ makes no link: KaTeX shows the refused command as text", () => {
    const html = richTextHtml("$\\href{javascript:alert(1)}{x}$");
    expect(html).toContain('class="katex"');
    expect(html).not.toMatch(/<a[\s>]/);
    expect(attributes(html).filter((a) => a.name === "href" || /javascript:/i.test(a.value))).toEqual([]);
  });

  it("$\\url{javascript:alert(1)}$ makes no link either", () => {
    const html = richTextHtml("$\\url{javascript:alert(1)}$");
    expect(html).not.toMatch(/<a[\s>]/);
    expect(attributes(html).filter((a) => a.name === "href" || /javascript:/i.test(a.value))).toEqual([]);
  });

  it("$\\htmlData{foo=bar}{x}$ and the other \\html… commands add no attributes to the page", () => {
    for (const formula of ["$\\htmlData{foo=bar}{x}$", "$\\htmlId{main}{x}$", "$\\htmlClass{sr-only}{x}$", "$\\htmlStyle{position:fixed}{x}$"]) {
      const html = richTextHtml(formula);
      expect(html, formula).toContain('class="katex"');
      expect(attributes(html).map((a) => a.name), formula).not.toContain("data-foo");
      expect(attributes(html).map((a) => a.name), formula).not.toContain("id");
      // The source is kept as text (the MathML annotation); no attribute carries it.
      expect(attributes(html).filter((a) => /sr-only|position:\s*fixed/.test(a.value)), formula).toEqual([]);
    }
  });

  it("a self-referencing macro, $\\def\\a{\\a}\\a$, stops at the expansion bound and stays as its source", () => {
    expect(richTextHtml("loop: $\\def\\a{\\a}\\a$ done")).toBe("loop: $\\def\\a{\\a}\\a$ done");
    expect(richTextHtml("$\\def\\a{\\a\\a}\\a$")).toBe("$\\def\\a{\\a\\a}\\a$");
  });

  it("a macro defined in one formula does not leak into the next one, or the next paper", () => {
    richTextHtml("$\\gdef\\leak{\\href{javascript:alert(1)}{x}}$");
    expect(richTextHtml("$\\leak$")).not.toContain("javascript:alert(1)}{x}</mtext>");
    expect(richTextHtml("$\\leak$")).toContain("\\leak");
  });

  it("$\\rule{1000em}{1000em}$ is capped at 10em each way, so the formula box stays bounded", () => {
    const html = richTextHtml("$\\rule{1000em}{1000em}$");
    const sizes = attributes(html).flatMap((a) => [...a.value.matchAll(/(-?\d+(?:\.\d+)?)em/g)].map((m) => Math.abs(Number(m[1]))));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
  });
});

