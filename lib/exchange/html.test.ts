import { describe, expect, it } from "vitest";
import { escapeHtml, htmlToText, linkTargets } from "./html";

describe("html", () => {
  it("escapes markup so article text stays text", () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')"> & دمشق`)).toBe("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; دمشق");
  });

  it("flattens HTML to the text a reader sees", () => {
    expect(htmlToText("<p>وزير الدفاع&nbsp;السوري</p><blockquote>التقى &quot;نظيره&quot; &#1575;&#x644;</blockquote><script>alert(1)</script><p>a<br>b</p>")).toBe(
      'وزير الدفاع السوري\nالتقى "نظيره" ال\na\nb',
    );
    expect(htmlToText(escapeHtml("<b> & ;"))).toBe("<b> & ;");
  });

  it("lists link targets in order, decoding entities", () => {
    expect(linkTargets(`<a href="https://a.example/?x=1&amp;y=2">A</a> <a class='c' href='https://b.example/'>B</a><a href=https://c.example>C</a>`)).toEqual([
      "https://a.example/?x=1&y=2",
      "https://b.example/",
      "https://c.example",
    ]);
  });
});
