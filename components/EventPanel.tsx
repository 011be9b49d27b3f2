"use client";
// The selected event: what, when (with the precision the sources allow), who, where, how sure,
// and the sentence each source reported it in, with a way into that source.
import Link from "next/link";
import type { CitationView } from "@/lib/api-types";
import { isQualifiedDate } from "@/lib/format";
import { matchSpans, queryTerms, type QueryTerm } from "@/lib/text/arabic-normalize";
import { useMemo } from "react";
import { Highlighted } from "./ChronologyList";
import { isNotFound, useEventDetail } from "./api";
import { useI18n } from "./i18n";
import ReviewBadge from "./ReviewBadge";
import { localHref } from "./url-state";
import { Empty, ErrorState, Loading } from "./States";

interface EventPanelProps {
  eventId: string | null;
  /** The search in force: its matches are marked in the title and the excerpts. */
  query: string;
  onClose: () => void;
}

export default function EventPanel({ eventId, query, onClose }: EventPanelProps) {
  const i18n = useI18n();
  const detail = useEventDetail(eventId);
  // The same matching the server searches with, so the marks agree with the results.
  const terms = useMemo(() => queryTerms(query), [query]);

  if (eventId === null) {
    return (
      <div className="panel-body">
        <Empty title={i18n.t("noSelection")}>{i18n.t("noSelectionHint")}</Empty>
      </div>
    );
  }
  if (detail.isPending) return <Loading label={i18n.t("loadingEvent")} />;
  if (detail.isError) {
    if (isNotFound(detail.error)) return <Empty title={i18n.t("eventNotFound")} />;
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const { event, citations } = detail.data;
  const flags = [
    event.scheduled && i18n.t("scheduled"),
    event.dateInferred && i18n.t("dateInferred"),
    isQualifiedDate(event.edtf) && i18n.t("approximate"),
  ].filter((flag): flag is string => Boolean(flag));

  return (
    <article className="panel-body event-detail" data-testid="event-panel" data-event-id={event.id}>
      <header className="event-header">
        <div className="event-header-top">
          <span className={`type-chip ev-${event.type}`}>{i18n.type(event.type)}</span>
          <span className="event-date">{i18n.span(event)}</span>
          <span className="precision-chip" title={i18n.t("precision")}>
            {i18n.precision(event.precision)}
          </span>
          <ReviewBadge status={event.reviewStatus} />
          <button type="button" className="icon-button close-button" onClick={onClose} aria-label={i18n.t("close")} title={i18n.t("close")}>
            ×
          </button>
        </div>
        <h2 className="event-title">
          <Highlighted text={i18n.title(event)} spans={terms.length ? matchSpans(i18n.title(event), terms) : undefined} />
        </h2>
        {flags.length > 0 && (
          <ul className="flag-list">
            {flags.map((flag) => (
              <li key={flag} className="flag">
                {flag}
              </li>
            ))}
          </ul>
        )}
      </header>

      <dl className="facts">
        <dt>{i18n.t("participants")}</dt>
        <dd>
          {event.participants.length === 0 ? (
            <span className="muted">{i18n.t("noParticipants")}</span>
          ) : (
            <ul className="participant-list">
              {event.participants.map((participant) => (
                <li key={participant.actorId}>{participant.name}</li>
              ))}
            </ul>
          )}
        </dd>
        {event.place && (
          <>
            <dt>{i18n.t("place")}</dt>
            <dd>{event.place}</dd>
          </>
        )}
        <dt>{i18n.t("confidence")}</dt>
        <dd>
          <span className="confidence">
            <span className="confidence-bar" aria-hidden="true">
              <span style={{ inlineSize: `${Math.round(event.confidence * 100)}%` }} />
            </span>
            {i18n.percent(event.confidence)}
          </span>
        </dd>
      </dl>

      <section className="citations" aria-label={i18n.t("citations")}>
        <h3 className="section-heading">
          {i18n.t("citations")} <span className="muted">({i18n.plural("sourceCount", event.corroboration)})</span>
        </h3>
        {citations.length === 0 ? (
          <p className="muted">{i18n.t("noCitations")}</p>
        ) : (
          citations.map((citation) => <CitationCard key={citation.id} citation={citation} eventDate={event.edtf} terms={terms} />)
        )}
      </section>
    </article>
  );
}

/** One source's report of the event: the excerpt, the outlet and date, and a link into the article. */
export function CitationCard({ citation, eventDate, terms }: { citation: CitationView; eventDate: string; terms: QueryTerm[] }) {
  const i18n = useI18n();
  return (
    <figure className="citation" data-citation-id={citation.id}>
      <blockquote className="excerpt" dir="auto">
        {terms.length ? <Highlighted text={citation.excerpt} spans={matchSpans(citation.excerpt, terms)} /> : <ExcerptText citation={citation} />}
      </blockquote>
      <figcaption className="citation-source">
        <span className="outlet">{citation.source.outlet}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {i18n.t("sourceDate")} {i18n.day(citation.source.published)}
        </span>
        {citation.date !== eventDate && (
          <span className="citation-date">
            {i18n.t("sourceDateDiffers")} <bdi dir="ltr">{citation.date}</bdi>
          </span>
        )}
        <Link className="source-link" href={localHref(`/sources/${encodeURIComponent(citation.sourceId)}?citation=${encodeURIComponent(citation.id)}`, i18n.language, i18n.hijri)}>
          {i18n.t("openSource")}
        </Link>
      </figcaption>
    </figure>
  );
}

/** The excerpt, with the expression that dated the event in bold when it lies inside it. */
function ExcerptText({ citation }: { citation: CitationView }) {
  const { excerpt, excerptStart, timexStart, timexEnd } = citation;
  if (timexStart === null || timexEnd === null || timexStart < excerptStart || timexEnd > excerptStart + excerpt.length) {
    return <>{excerpt}</>;
  }
  const from = timexStart - excerptStart;
  const to = timexEnd - excerptStart;
  return (
    <>
      {excerpt.slice(0, from)}
      <strong className="timex">{excerpt.slice(from, to)}</strong>
      {excerpt.slice(to)}
    </>
  );
}
