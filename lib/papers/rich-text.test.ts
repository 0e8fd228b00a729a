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
