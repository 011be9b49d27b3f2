// The embeddable timeline's configuration, in one place for everything that speaks it: the
// /embed page reads it from its URL, the Embed dialog writes it into a snippet, /embed.js turns
// the snippet's data- attributes back into the URL, and oEmbed maps a page of the site to it.
// A bad value never breaks an embed: the page falls back to the default (filters are checked
// by the API, which answers with the problem).
import { escapeHtml } from "./exchange/html";
import { trustsProxy } from "./http-security";
import { LANGUAGES, type Language } from "./model";

/**
 * The home page's URL state that an embed shares with it (components/url-state.ts): the filters,
 * the timeline window (start, end) and the Hijri toggle. An embed URL is the home page's URL with
 * /embed for its path, plus the embed's own settings.
 */
export const EMBED_VIEW_PARAMS = ["q", "type", "status", "actor", "country", "outlet", "source", "minSources", "from", "to", "start", "end", "hijri"] as const;

export const EMBED_THEMES = ["light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
/** full: the chronology with participants and places; compact: one line per event; none: the timeline alone. */
export const EMBED_LISTS = ["full", "compact", "none"] as const;
export type EmbedList = (typeof EMBED_LISTS)[number];

/** The timeline's height in CSS pixels. */
export const DEFAULT_TIMELINE_HEIGHT = 320;
export const MIN_TIMELINE_HEIGHT = 160;
export const MAX_TIMELINE_HEIGHT = 1200;
/** The strip above the timeline (title, count, link to the full site), in CSS pixels. */
export const EMBED_BAR_HEIGHT = 40;
/** The most the chronology below the timeline takes before it scrolls, by list style. */
export const EMBED_LIST_HEIGHT: Record<EmbedList, number> = { full: 320, compact: 200, none: 0 };
export const DEFAULT_EMBED_WIDTH = 800;
const MIN_EMBED_WIDTH = 280;

export interface EmbedOptions {
  /** The home page's view parameters (EMBED_VIEW_PARAMS), as given. */
  view: [string, string][];
  /** The selected event. */
  event: string | null;
  language: Language;
  theme: EmbedTheme;
  /** The timeline's height. */
  height: number;
  list: EmbedList;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  view: [],
  event: null,
  language: "ar",
  theme: "light",
  height: DEFAULT_TIMELINE_HEIGHT,
  list: "full",
};

const WHOLE_NUMBER = /^\d{1,5}$/;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A timeline height from a parameter: a whole number of pixels, kept within bounds. */
export function timelineHeight(value: string | null): number {
  return value !== null && WHOLE_NUMBER.test(value) ? clamp(Number(value), MIN_TIMELINE_HEIGHT, MAX_TIMELINE_HEIGHT) : DEFAULT_TIMELINE_HEIGHT;
}

/** The embed an /embed URL's parameters describe. */
export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  const view: [string, string][] = [];
  for (const name of EMBED_VIEW_PARAMS) {
    const value = params.get(name);
    if (value) view.push([name, value]);
  }
  return {
    view,
    event: params.get("event") || null,
    language: oneOf(LANGUAGES, params.get("lang"), DEFAULT_EMBED_OPTIONS.language),
    theme: oneOf(EMBED_THEMES, params.get("theme"), DEFAULT_EMBED_OPTIONS.theme),
    height: timelineHeight(params.get("height")),
    list: oneOf(EMBED_LISTS, params.get("list"), DEFAULT_EMBED_OPTIONS.list),
  };
}

/** What the embed shares with the site's home page: the view, selection and language. */
function viewParams(options: EmbedOptions): URLSearchParams {
  const params = new URLSearchParams(options.view);
  if (options.event) params.set("event", options.event);
  if (options.language !== DEFAULT_EMBED_OPTIONS.language) params.set("lang", options.language);
  return params;
}

/** The options as URL parameters, defaults left out so that URLs stay short. */
export function embedParams(options: EmbedOptions): URLSearchParams {
  const params = viewParams(options);
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set("theme", options.theme);
  if (options.height !== DEFAULT_EMBED_OPTIONS.height) params.set("height", String(options.height));
  if (options.list !== DEFAULT_EMBED_OPTIONS.list) params.set("list", options.list);
  return params;
}

export function embedUrl(origin: string, options: EmbedOptions): string {
  const query = embedParams(options).toString();
  return `${origin}/embed${query ? `?${query}` : ""}`;
}

/** The same view on the site itself: the home page with the same view, selection and language. */
export function viewUrl(origin: string, options: EmbedOptions): string {
  const query = viewParams(options).toString();
  return `${origin}/${query ? `?${query}` : ""}`;
}

/** How tall the embed is with nothing selected: the bar, the timeline, the list at its fullest. */
export function embedHeight(options: Pick<EmbedOptions, "height" | "list">): number {
  return EMBED_BAR_HEIGHT + options.height + EMBED_LIST_HEIGHT[options.list];
}

/** data-chronicle-timeline's attribute name for an embed URL parameter: minSources → data-min-sources. */
export function dataAttributeFor(param: string): string {
  return `data-${param.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The snippet a host page pastes: a placeholder <div> that /embed.js turns into a sized iframe,
 * holding a link to the same view for readers without JavaScript.
 */
export function embedSnippet(origin: string, options: EmbedOptions, linkText: string): string {
  const attributes = [...embedParams(options)].map(([name, value]) => ` ${dataAttributeFor(name)}="${escapeHtml(value)}"`);
  const fallback = viewUrl(origin, options);
  return [
    `<div data-chronicle-timeline${attributes.join("")}>`,
    // The link's words on a line of their own: Arabic beside the markup would be reordered by
    // the bidirectional algorithm wherever the snippet is shown or edited.
    `  <a href="${escapeHtml(fallback)}">`,
    `    ${escapeHtml(linkText)}`,
    `  </a>`,
    `</div>`,
    `<script async src="${escapeHtml(origin)}/embed.js"></script>`,
  ].join("\n");
}

/** The <iframe> of an oEmbed answer: fixed size, since its host runs no script of ours. */
export function embedIframe(src: string, width: number, height: number, title: string): string {
  return (
    `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}"` +
    ` style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}

/**
 * The embed fitting maxwidth × maxheight: the timeline gives up height first, then the list is
 * dropped; never below the smallest usable size.
 */
export function fitEmbed(options: EmbedOptions, maxWidth: number | null, maxHeight: number | null): { options: EmbedOptions; width: number; height: number } {
  const width = maxWidth === null ? DEFAULT_EMBED_WIDTH : clamp(maxWidth, MIN_EMBED_WIDTH, DEFAULT_EMBED_WIDTH);
  let fitted = options;
  if (maxHeight !== null && embedHeight(fitted) > maxHeight) {
    const room = maxHeight - EMBED_BAR_HEIGHT - EMBED_LIST_HEIGHT[fitted.list];
    fitted = room >= MIN_TIMELINE_HEIGHT ? { ...fitted, height: room } : { ...fitted, list: "none", height: clamp(maxHeight - EMBED_BAR_HEIGHT, MIN_TIMELINE_HEIGHT, fitted.height) };
  }
  return { options: fitted, width, height: embedHeight(fitted) };
}

/** What an embed shows for a page of the site, or null for a page that has no timeline view. */
export type EmbeddedPage =
  | { kind: "view"; options: EmbedOptions }
  | { kind: "event"; id: string; options: EmbedOptions }
  | { kind: "source"; id: string; options: EmbedOptions };

const EVENT_PAGE = /^\/events\/([^/]+)\/?$/;
const SOURCE_PAGE = /^\/sources\/([^/]+)\/?$/;

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Maps a page (/, /embed, /events/ID, /sources/ID) to the embed showing the same thing. A source
 * page shows an article; its embed is the timeline of the events reported in it.
 */
export function embedForPage(url: URL): EmbeddedPage | null {
  const base = parseEmbedOptions(url.searchParams);
  if (url.pathname === "/" || url.pathname === "/embed") return { kind: "view", options: base };
  const event = EVENT_PAGE.exec(url.pathname);
  const eventId = event && decodeSegment(event[1]);
  if (eventId) return { kind: "event", id: eventId, options: { ...base, event: eventId } };
  const source = SOURCE_PAGE.exec(url.pathname);
  const sourceId = source && decodeSegment(source[1]);
  if (sourceId) {
    // Only the language carries over: a source page's query (?citation=) is no view of the timeline.
    const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS, language: base.language, view: [["source", sourceId]] };
    return { kind: "source", id: sourceId, options };
  }
  return null;
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const WEB_SCHEMES = new Set(["http", "https"]);

/**
 * The site's origin as the browser sees it, from a request's headers: the Host header, or, when
 * `trustProxy` (the operator runs Chronicle behind a proxy that sets them), the forwarded host and
 * protocol (of a chain, the first, which the browser spoke to). A server's own idea of its URL
 * may name another host (localhost for 127.0.0.1), which would not match the pages' own
 * addresses. A host or protocol that is not one (javascript://…) is not believed.
 */
export function siteOrigin(headers: { get(name: string): string | null }, fallback: string, trustProxy = trustsProxy()): string {
  const first = (name: string) => headers.get(name)?.split(",")[0].trim() || null;
  const forwardedHost = trustProxy ? first("x-forwarded-host") : null;
  const host = [forwardedHost, first("host")].find((candidate) => candidate !== null && HOST.test(candidate));
  if (!host) return fallback;
  const forwardedProto = trustProxy ? first("x-forwarded-proto")?.toLowerCase() : undefined;
  const scheme = forwardedProto && WEB_SCHEMES.has(forwardedProto) ? forwardedProto : new URL(fallback).protocol.replace(":", "");
  return `${scheme}://${host}`;
}

/** The oEmbed endpoint describing a page, for its <link rel="alternate" type="application/json+oembed">. */
export function oembedDiscoveryUrl(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: "json" })}`;
}
