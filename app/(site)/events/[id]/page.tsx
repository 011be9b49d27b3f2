// The page of one event, rendered on the server for readers and search engines: what, when,
// who, where, and the excerpt each source reported it in, with a schema.org Event in JSON-LD.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { EventDetail } from "@/lib/api-types";
import { eventJsonLd } from "@/lib/exchange/jsonld";
import { formatDateSpan, formatDay } from "@/lib/format";
import { directionOf, precisionLabel, translate, typeLabel } from "@/lib/i18n";
import type { Language } from "@/lib/model";
import { openStore } from "@/lib/store";
import { getEventDetail } from "@/lib/store/queries";
import { oembedAlternates, requestOrigin } from "../../../discovery";
import "./event-page.css";

export const dynamic = "force-dynamic";

const EVENT_ID = /^[A-Za-z0-9_-]{1,128}$/;
const DESCRIPTION_LENGTH = 200;
const LESS_THAN = /</g;

interface EventPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lang?: string | string[] }>;
}

/** One read per request, shared by the metadata and the page. */
const loadEvent = cache(async (id: string): Promise<EventDetail | null> => {
  if (!EVENT_ID.test(id)) return null;
  const store = await openStore();
  return getEventDetail(store.db, id);
});

async function languageOf(searchParams: EventPageProps["searchParams"]): Promise<Language> {
  const { lang } = await searchParams;
  return (Array.isArray(lang) ? lang[0] : lang) === "en" ? "en" : "ar";
}

/** JSON for a <script> element: "<" escaped, so that no text in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(LESS_THAN, "\\u003c");
}

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { id } = await params;
  const detail = await loadEvent(id);
  if (!detail) return {};
  const excerpt = detail.citations[0]?.excerpt.trim() ?? "";
  const path = `/events/${encodeURIComponent(id)}`;
  return {
    title: detail.event.title,
    description: excerpt.length > DESCRIPTION_LENGTH ? `${excerpt.slice(0, DESCRIPTION_LENGTH)}…` : excerpt,
    alternates: { canonical: path, ...(await oembedAlternates(path)) },
  };
}

export default async function EventPage({ params, searchParams }: EventPageProps) {
  const { id } = await params;
  const detail = await loadEvent(id);
  if (!detail) notFound();
  const language = await languageOf(searchParams);
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const { event, citations } = detail;
  const origin = await requestOrigin();
  const jsonLd = eventJsonLd(detail, { eventUrl: (eventId) => `${origin}/events/${encodeURIComponent(eventId)}` });
  const languageQuery = language === "ar" ? "" : `&lang=${language}`;

  return (
    <article className="event-page" lang={language} dir={directionOf(language)} data-testid="event-page">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }} />
      <Link className="event-page-back" href={`/?event=${encodeURIComponent(event.id)}${languageQuery}`}>
        {t("backToTimeline")}
      </Link>
      <header className="event-header">
        <div className="event-header-top">
          <span className={`type-chip ev-${event.type}`}>{typeLabel(language, event.type)}</span>
          <span className="event-date">{formatDateSpan(event, language)}</span>
          <span className="precision-chip" title={t("precision")}>
            {precisionLabel(language, event.precision)}
          </span>
        </div>
        <h1 className="event-title">{event.title}</h1>
      </header>
      <dl className="facts">
        <dt>{t("participants")}</dt>
        <dd>{event.participants.length ? event.participants.map((participant) => participant.name).join("، ") : <span className="muted">{t("noParticipants")}</span>}</dd>
        {event.place && (
          <>
            <dt>{t("place")}</dt>
            <dd>{event.place}</dd>
          </>
        )}
      </dl>
      <section className="citations" aria-labelledby="event-citations">
        <h2 className="section-heading" id="event-citations">
          {t("citations")}
        </h2>
        {citations.length === 0 && <p className="muted">{t("noCitations")}</p>}
        {citations.map((citation) => (
          <figure key={citation.id} className="citation" data-citation-id={citation.id}>
            <blockquote className="excerpt" dir="auto">
              {citation.excerpt}
            </blockquote>
            <figcaption className="citation-source">
              <span className="outlet">{citation.source.outlet}</span>
              <span aria-hidden="true"> · </span>
              <span>
                {t("sourceDate")} {formatDay(citation.source.published, language)}
              </span>
              <Link className="source-link" href={`/sources/${encodeURIComponent(citation.sourceId)}?citation=${encodeURIComponent(citation.id)}`}>
                {t("openSource")}
              </Link>
              {citation.source.url && (
                <a className="source-link" href={citation.source.url} rel="noopener nofollow">
                  {t("originalArticle")}
                </a>
              )}
            </figcaption>
          </figure>
        ))}
      </section>
    </article>
  );
}
