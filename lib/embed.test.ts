import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMBED_OPTIONS,
  embedForPage,
  embedParams,
  embedSnippet,
  fitEmbed,
  parseEmbedOptions,
  siteOrigin,
  viewUrl,
} from "./embed";
import { trustsProxy } from "./http-security";

describe("parseEmbedOptions and embedParams", () => {
  it("keep the home page's view, the selection and the embed's settings, and drop the rest", () => {
    const params = new URLSearchParams("type=visit,meeting&q=دمشق&start=2024-11-01T00:00:00.000Z&event=e1&lang=en&theme=dark&height=400&list=compact&cursor=x&evil=1");
    const options = parseEmbedOptions(params);
    expect(options).toEqual({
      view: [["q", "دمشق"], ["type", "visit,meeting"], ["start", "2024-11-01T00:00:00.000Z"]],
      event: "e1",
      language: "en",
      theme: "dark",
      height: 400,
      list: "compact",
    });
    expect(parseEmbedOptions(embedParams(options))).toEqual(options);
  });

  it("fall back to the defaults for values they do not know, and keep heights in bounds", () => {
    expect(parseEmbedOptions(new URLSearchParams("theme=neon&list=long&lang=fr&height=abc"))).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions(new URLSearchParams("height=20")).height).toBe(160);
    expect(parseEmbedOptions(new URLSearchParams("height=99999")).height).toBe(1200);
    expect(embedParams(DEFAULT_EMBED_OPTIONS).toString()).toBe("");
  });
});

describe("embedSnippet", () => {
  it("writes data- attributes, escaped, a fallback link to the same view, and the script", () => {
    const options = { ...DEFAULT_EMBED_OPTIONS, view: [["actor", 'a"><script>'], ["minSources", "2"]] as [string, string][], event: "e1", theme: "dark" as const };
    expect(embedSnippet("https://chronicle.example", options, "Chronicle <timeline>")).toBe(
      [
        '<div data-chronicle-timeline data-actor="a&quot;&gt;&lt;script&gt;" data-min-sources="2" data-event="e1" data-theme="dark">',
        '  <a href="https://chronicle.example/?actor=a%22%3E%3Cscript%3E&amp;minSources=2&amp;event=e1">',
        "    Chronicle &lt;timeline&gt;",
        "  </a>",
        "</div>",
        '<script async src="https://chronicle.example/embed.js"></script>',
      ].join("\n"),
    );
    expect(viewUrl("", DEFAULT_EMBED_OPTIONS)).toBe("/");
  });
});

describe("embedForPage", () => {
  it("maps the home page, the embed and event pages; not sources or other paths", () => {
    expect(embedForPage(new URL("http://x/?type=visit&event=e2"))).toMatchObject({ kind: "view", options: { view: [["type", "visit"]], event: "e2" } });
    expect(embedForPage(new URL("http://x/events/abc-1?lang=en"))).toMatchObject({ kind: "event", id: "abc-1", options: { event: "abc-1", language: "en" } });
    // A source page: the timeline of that source's events; its ?citation= is no view parameter.
    expect(embedForPage(new URL("http://x/sources/0123?citation=c1&lang=en"))).toEqual({
      kind: "source",
      id: "0123",
      options: { view: [["source", "0123"]], event: null, language: "en", theme: "light", height: 320, list: "full" },
    });
    expect(embedForPage(new URL("http://x/events/%E0%A4%A"))).toBeNull();
    expect(embedForPage(new URL("http://x/api/events"))).toBeNull();
  });
});

describe("fitEmbed", () => {
  it("gives up timeline height first, then the list, and never goes below the smallest size", () => {
    expect(fitEmbed(DEFAULT_EMBED_OPTIONS, null, null)).toMatchObject({ width: 800, height: 680 });
    expect(fitEmbed(DEFAULT_EMBED_OPTIONS, 500, 600)).toMatchObject({ width: 500, height: 600, options: { height: 240, list: "full" } });
    expect(fitEmbed(DEFAULT_EMBED_OPTIONS, 2000, 300)).toMatchObject({ width: 800, height: 300, options: { height: 260, list: "none" } });
    expect(fitEmbed(DEFAULT_EMBED_OPTIONS, 100, 100)).toMatchObject({ width: 280, height: 200 });
  });
});

describe("siteOrigin", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("reads the Host header, or behind a trusted proxy the first forwarded host and protocol, else falls back", () => {
    expect(siteOrigin(headers({ host: "127.0.0.1:3000" }), "http://localhost:3000", false)).toBe("http://127.0.0.1:3000");
    expect(siteOrigin(headers({ host: "internal:3000", "x-forwarded-host": "news.example, proxy", "x-forwarded-proto": "https" }), "http://internal:3000", true)).toBe("https://news.example");
    expect(siteOrigin(headers({}), "http://localhost:3000", false)).toBe("http://localhost:3000");
  });

  it("ignores forwarded headers unless a proxy is trusted, and never believes a host or protocol that is none", () => {
    const forged = headers({ host: "chronicle.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" });
    expect(siteOrigin(forged, "http://chronicle.example", false)).toBe("http://chronicle.example");
    expect(siteOrigin(forged, "http://chronicle.example", true)).toBe("http://evil.example");
    expect(siteOrigin(headers({ host: "a/b@evil", "x-forwarded-host": "x y" }), "http://fallback.example", true)).toBe("http://fallback.example");
  });

  it("trusts forwarded headers only when CHRONICLE_TRUST_PROXY says so", () => {
    expect(trustsProxy({})).toBe(false);
    expect(trustsProxy({ CHRONICLE_TRUST_PROXY: "0" })).toBe(false);
    expect(trustsProxy({ CHRONICLE_TRUST_PROXY: "1" })).toBe(true);
    expect(trustsProxy({ CHRONICLE_TRUST_PROXY: "true" })).toBe(true);
  });
});
