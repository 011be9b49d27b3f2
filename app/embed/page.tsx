import type { Metadata } from "next";
import { headers } from "next/headers";
import { Suspense } from "react";
import EmbedView from "@/components/EmbedView";
import { EMBED_LIST_HEIGHT, embedParams, parseEmbedOptions, viewUrl } from "@/lib/embed";
import { NONCE_HEADER } from "@/lib/http-security";
import { translate } from "@/lib/i18n";
import { oembedAlternates, searchParamsOf, type SearchParams } from "../discovery";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const options = parseEmbedOptions(await searchParamsOf(searchParams));
  const query = embedParams(options).toString();
  return {
    title: `${translate(options.language, "appName")} — ${translate(options.language, "timelineLabel")}`,
    // The embed repeats the site's own pages: search engines should index those instead.
    robots: { index: false, follow: true },
    alternates: await oembedAlternates(`/embed${query ? `?${query}` : ""}`),
  };
}

/**
 * /embed?(the home page's view parameters)&event&lang&theme=light|dark&height=<timeline px>&list=full|compact|none:
 * the timeline for other sites' iframes (see public/embed.js).
 */
export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const options = parseEmbedOptions(await searchParamsOf(searchParams));
  // The sizes as a style element carrying the page's CSP nonce: the policy refuses style attributes.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const sizes = `.embed-root{--embed-timeline-height:${options.height}px;--embed-list-height:${EMBED_LIST_HEIGHT[options.list]}px}`;
  return (
    <>
      <style nonce={nonce}>{sizes}</style>
      {/* The view reads its URL on the client: Suspense lets the page render before it is known. */}
      <Suspense>
        <EmbedView theme={options.theme} list={options.list} siteHref={viewUrl("", options)} />
      </Suspense>
    </>
  );
}
