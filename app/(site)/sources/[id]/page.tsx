import SourceView from "@/components/SourceView";

interface SourcePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ citation?: string | string[] }>;
}

export default async function SourcePage({ params, searchParams }: SourcePageProps) {
  const { id } = await params;
  const { citation } = await searchParams;
  // A repeated ?citation= keeps the first, as a link only ever names one.
  const citationId = (Array.isArray(citation) ? citation[0] : citation) ?? null;
  return <SourceView sourceId={id} citationId={citationId} />;
}
