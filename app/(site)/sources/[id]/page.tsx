import type { Metadata } from "next";
import SourceView from "@/components/SourceView";
import { openStore } from "@/lib/store";
import { getSourceDetail } from "@/lib/store/queries";
import { oembedAlternates } from "../../../discovery";

interface SourcePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ citation?: string | string[] }>;
}

/**
 * The oEmbed discovery link: the page's embed is the timeline of the events reported in the
 * article. An unknown source announces nothing, as oEmbed has no answer for it. The article's
 * title stays out of the metadata: it is untrusted text, which the page renders only as text on
 * the client, never in the server's inline payload (e2e/xss.spec.ts checks that no script holds it).
 */
export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const { id } = await params;
  const store = await openStore();
  const detail = await getSourceDetail(store.db, id);
  if (!detail) return {};
  const path = `/sources/${encodeURIComponent(id)}`;
  return { alternates: { canonical: path, ...(await oembedAlternates(path)) } };
}

export default async function SourcePage({ params, searchParams }: SourcePageProps) {
  const { id } = await params;
  const { citation } = await searchParams;
  // A repeated ?citation= keeps the first, as a link only ever names one.
  const citationId = (Array.isArray(citation) ? citation[0] : citation) ?? null;
  return <SourceView sourceId={id} citationId={citationId} />;
}
