// oEmbed discovery for pages: <link rel="alternate" type="application/json+oembed" href=…> in
// their metadata, pointing at /api/oembed for the page's own absolute URL.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { oembedDiscoveryUrl, siteOrigin } from "@/lib/embed";

/** The site's origin as the browser sees it. */
export async function requestOrigin(): Promise<string> {
  return siteOrigin(await headers(), "http://localhost");
}

/** Metadata alternates announcing the oEmbed answer for the page at `path` (with its query). */
export async function oembedAlternates(path: string): Promise<Metadata["alternates"]> {
  const origin = await requestOrigin();
  return { types: { "application/json+oembed": oembedDiscoveryUrl(origin, `${origin}${path}`) } };
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A page's searchParams prop as URLSearchParams, repeated parameters kept. */
export async function searchParamsOf(searchParams: SearchParams): Promise<URLSearchParams> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, item);
  }
  return query;
}

/**
 * generateMetadata for a page whose view lives in its query string (the home page): its oEmbed
 * discovery link, for the page with that query. One line in the page:
 *   export const generateMetadata = discoveryMetadata("/");
 */
export function discoveryMetadata(path: string) {
  return async ({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> => {
    const search = (await searchParamsOf(searchParams)).toString();
    return { alternates: await oembedAlternates(`${path}${search ? `?${search}` : ""}`) };
  };
}
