"use client";
// One source article as its outlet published it, with every excerpt that an event cites
// highlighted; the chosen citation (?citation=ID) is emphasised and scrolled into view. The
// text is cut into plain-text pieces and wrapped in <mark> elements, so it is never parsed as HTML.
import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import type { SourceHighlight } from "@/lib/api-types";
import { directionOf } from "@/lib/i18n";
import { segmentText, type TextPiece } from "@/lib/text-segments";
import { isNotFound, useSourceDetail } from "./api";
import { useI18n, type I18n } from "./i18n";
import { useCan, useWrite } from "./session";
import { localHref } from "./url-state";
import { Empty, ErrorState, Loading } from "./States";

function eventHref(eventId: string, i18n: I18n): string {
  return localHref(`/?event=${encodeURIComponent(eventId)}`, i18n.language, i18n.hijri);
}

export default function SourceView({ sourceId, citationId }: { sourceId: string; citationId: string | null }) {
  const i18n = useI18n();
  const detail = useSourceDetail(sourceId);
  const articleRef = useRef<HTMLElement>(null);

  const highlights = detail.data?.highlights;
  const byCitation = useMemo(() => new Map((highlights ?? []).map((highlight) => [highlight.citationId, highlight])), [highlights]);
  const text = detail.data?.source.text;
  const paragraphs = useMemo(
    () =>
      text === undefined
        ? []
        : segmentText(
            text,
            (highlights ?? []).map((highlight) => ({ key: highlight.citationId, start: highlight.start, end: highlight.end })),
          ),
    [text, highlights],
  );

  useEffect(() => {
    if (!citationId || paragraphs.length === 0) return;
    const chosen = articleRef.current?.querySelector<HTMLElement>("mark.is-chosen");
    chosen?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [citationId, paragraphs]);

  if (detail.isPending) return <Loading label={i18n.t("loadingSource")} />;
  if (detail.isError) {
    if (isNotFound(detail.error)) {
      return (
        <div className="source-page">
          <Empty title={i18n.t("sourceNotFound")}>
            <Link href={localHref("/", i18n.language, i18n.hijri)}>{i18n.t("backToTimeline")}</Link>
          </Empty>
        </div>
      );
    }
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const { source } = detail.data;
  const cited = uniqueByEvent(detail.data.highlights);

  return (
    <div className="source-page">
      <div className="source-main">
        <nav className="breadcrumb">
          <Link href={localHref("/", i18n.language, i18n.hijri)}>{i18n.t("backToTimeline")}</Link>
        </nav>
        <header className="source-header">
          <h1 className="source-title" dir="auto">
            {source.title ?? i18n.t("untitled")}
          </h1>
          <p className="source-meta">
            <span className="outlet">{source.outlet}</span>
            <span aria-hidden="true"> · </span>
            <span>
              {i18n.t("published")} <time dateTime={source.published}>{i18n.day(source.published)}</time>
            </span>
            <span aria-hidden="true"> · </span>
            {source.url ? (
              <a className="original-link" href={source.url} target="_blank" rel="noopener noreferrer" dir="auto">
                {i18n.t("originalArticle")}
              </a>
            ) : (
              <span className="muted">{i18n.t("noOriginalUrl")}</span>
            )}
          </p>
          {cited.length > 0 && <p className="hint">{i18n.t("highlightHint")}</p>}
          <PublishedCorrection sourceId={source.id} published={source.published} />
        </header>
        <article ref={articleRef} className="article-text" lang={source.language} dir={directionOf(source.language)} data-testid="article">
          {paragraphs.map((pieces) => (
            <p key={pieces[0].start}>
              {pieces.map((piece) => (
                <Piece key={piece.start} piece={piece} chosen={citationId} byCitation={byCitation} />
              ))}
            </p>
          ))}
        </article>
      </div>

      <aside className="source-aside" aria-label={i18n.t("citedEvents")}>
        <h2 className="section-heading">{i18n.t("citedEvents")}</h2>
        {cited.length === 0 ? (
          <p className="muted">{i18n.t("noCitedEvents")}</p>
        ) : (
          <ul className="cited-list">
            {cited.map((highlight) => (
              <li key={highlight.citationId} className={highlight.citationId === citationId ? "is-chosen" : undefined}>
                <span className={`type-chip ev-${highlight.eventType}`}>{i18n.type(highlight.eventType)}</span>
                <span className="cited-title">{highlight.eventTitle}</span>
                <span className="cited-links">
                  <Link href={`?citation=${encodeURIComponent(highlight.citationId)}`} replace scroll={false}>
                    {i18n.t("showInArticle")}
                  </Link>
                  <Link href={eventHref(highlight.eventId, i18n)}>{i18n.t("showInTimeline")}</Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}

/** One highlight per event, in the order the events are cited in the text. */
function uniqueByEvent(highlights: SourceHighlight[]): SourceHighlight[] {
  const seen = new Set<string>();
  return [...highlights]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((highlight) => !seen.has(highlight.eventId) && seen.add(highlight.eventId));
}

interface PieceProps {
  piece: TextPiece<string>;
  chosen: string | null;
  byCitation: Map<string, SourceHighlight>;
}

function Piece({ piece, chosen, byCitation }: PieceProps) {
  const i18n = useI18n();
  if (piece.keys.length === 0) return <>{piece.text}</>;
  const isChosen = chosen !== null && piece.keys.includes(chosen);
  const covering = piece.keys.map((key) => byCitation.get(key)).filter((highlight) => highlight !== undefined);
  // Where several events cite this text, the link goes to the chosen one, else the first.
  const target = covering.find((highlight) => isChosen && highlight.citationId === chosen) ?? covering[0];
  return (
    <mark
      className={isChosen ? "hl is-chosen" : "hl"}
      data-citations={piece.keys.join(" ")}
      title={covering.map((highlight) => highlight.eventTitle).join("\n")}
    >
      {target ? <Link href={eventHref(target.eventId, i18n)}>{piece.text}</Link> : piece.text}
    </mark>
  );
}

/** For editors: the publication date corrected, and every relative date of the article resolved again. */
function PublishedCorrection({ sourceId, published }: { sourceId: string; published: string }) {
  const i18n = useI18n();
  const canWrite = useCan("editor");
  const write = useWrite();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  if (!canWrite) return null;
  return (
    <form
      className="published-correction"
      data-testid="published-correction"
      onSubmit={(event) => {
        event.preventDefault();
        const day = String(new FormData(event.currentTarget).get("published") ?? "");
        setError(null);
        write(`/api/sources/${encodeURIComponent(sourceId)}`, "PATCH", { published: day })
          .then(() => queryClient.invalidateQueries())
          .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
      }}
    >
      <label>
        {i18n.t("correctPublished")} <input type="date" name="published" defaultValue={published} key={published} required />
      </label>
      <button type="submit" className="button">
        {i18n.t("correctPublished")}
      </button>
      <small className="muted">{i18n.t("correctPublishedHint")}</small>
      {error && (
        <p className="form-error" role="alert">
          {i18n.t("actionFailed")} {error}
        </p>
      )}
    </form>
  );
}
