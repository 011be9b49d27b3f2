import type { OEmbedRich } from "@/lib/api-types";
import { embedForPage, embedIframe, embedUrl, fitEmbed, siteOrigin } from "@/lib/embed";
import { translate } from "@/lib/i18n";
import { openStore } from "@/lib/store";
import { getEventDetail, getSourceDetail } from "@/lib/store/queries";
import { apiError, badRequest, guarded, json } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const DIMENSION = /^[1-9]\d{0,4}$/;
/** How long a consumer may cache an answer: a page's embed changes only when events are added. */
const CACHE_AGE_SECONDS = 3600;

/**
 * GET /api/oembed?url=<a page of this site>&maxwidth&maxheight&format=json → an iframe of the
 * embed showing what the page shows. 404 for a URL that is not one of this site's timeline
 * pages (or names no stored event or source), 501 for a format other than json, 400 for bad
 * parameters (as the oEmbed specification asks).
 */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const requestUrl = new URL(request.url);
    const params = requestUrl.searchParams;
    const origin = siteOrigin(request.headers, requestUrl.origin);
    const format = params.get("format") || "json";
    if (format !== "json") return apiError(501, `format ${format} is not supported: only json`);

    const issues: { path: string; message: string }[] = [];
    const given = params.get("url");
    if (!given) issues.push({ path: "url", message: "is required: the address of a Chronicle page" });
    else if (!URL.canParse(given)) issues.push({ path: "url", message: "must be an absolute URL" });
    const dimensions: Record<"maxwidth" | "maxheight", number | null> = { maxwidth: null, maxheight: null };
    for (const name of ["maxwidth", "maxheight"] as const) {
      const value = params.get(name);
      if (value === null || value === "") continue;
      if (DIMENSION.test(value)) dimensions[name] = Number(value);
      else issues.push({ path: name, message: "must be a whole number of pixels" });
    }
    if (issues.length || !given) return badRequest(issues);

    const pageUrl = new URL(given);
    // The host alone: behind a proxy that ends TLS, the page's https may reach us as http.
    const page = pageUrl.host === new URL(origin).host ? embedForPage(pageUrl) : null;
    if (!page) return apiError(404, `${given} is not a Chronicle page with a timeline`);

    const language = page.options.language;
    let title = `${translate(language, "appName")} — ${translate(language, "chronologyLabel")}`;
    const store = await openStore();
    if (page.kind === "event") {
      const detail = await getEventDetail(store.db, page.id);
      if (!detail) return apiError(404, `no event with id ${page.id}`);
      title = detail.event.title;
    }
    if (page.kind === "source") {
      const detail = await getSourceDetail(store.db, page.id);
      if (!detail) return apiError(404, `no source with id ${page.id}`);
      title = detail.source.title ?? detail.source.outlet;
    }

    const fitted = fitEmbed(page.options, dimensions.maxwidth, dimensions.maxheight);
    if ((dimensions.maxwidth !== null && fitted.width > dimensions.maxwidth) || (dimensions.maxheight !== null && fitted.height > dimensions.maxheight)) {
      return apiError(404, `the timeline cannot be shown in ${dimensions.maxwidth ?? "any"} × ${dimensions.maxheight ?? "any"} pixels`);
    }
    const answer: OEmbedRich = {
      version: "1.0",
      type: "rich",
      html: embedIframe(embedUrl(origin, fitted.options), fitted.width, fitted.height, title),
      width: fitted.width,
      height: fitted.height,
      title,
      provider_name: translate(language, "appName"),
      provider_url: `${origin}/`,
      cache_age: CACHE_AGE_SECONDS,
    };
    return json(answer);
  });
}
