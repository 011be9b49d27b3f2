"use client";
// The scrolling chronology: events in date order under year and month headings, virtualised
// (only the rows in sight are in the DOM) so that it stays light however many events a window
// holds. It is the accessible view of the timeline: a listbox whose options are the events;
// Tab reaches it, the arrow keys, Home and End move the selection, Enter opens the event panel.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { EventMatches, TextSpan } from "@/lib/api-types";
import { flattenChronology, type ChronologyRow } from "@/lib/chronology";
import { formatMonthHeading, formatYearHeading } from "@/lib/format";
import type { ChronicleEvent } from "@/lib/model";
import { useI18n } from "./i18n";
import ReviewBadge from "./ReviewBadge";
import type { Selection } from "./selection";

const ROW_ESTIMATE_PX = { year: 44, month: 34, event: 96 } as const;
/** Rows from the end at which the next page is asked for. */
const PREFETCH_ROWS = 20;
/** A scroll counts as the reader's once it has rested this long. */
const SCROLL_SETTLE_MS = 120;

export interface ScrollRequest {
  /** Bring the first event running on or after this day to the top. */
  day: string;
  seq: number;
}

interface ChronologyListProps {
  events: ChronicleEvent[];
  matches: Record<string, EventMatches>;
  selection: Selection;
  scrollRequest: ScrollRequest | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onSelect: (id: string) => void;
  /** Enter on an event: select it and go to its details. */
  onOpen: (id: string) => void;
  /** The reader scrolled: the first event in sight. */
  onScrolledTo: (event: ChronicleEvent) => void;
  /** Set when events before the list's first day exist: shows them (the API reads forwards only). */
  onEarlier: (() => void) | null;
}

function optionId(eventId: string): string {
  return `chrono-option-${eventId}`;
}

/** The text with each matched span in <mark>, built from slices: the text never becomes HTML. */
export function Highlighted({ text, spans }: { text: string; spans: TextSpan[] | undefined }): ReactNode {
  if (!spans?.length) return text;
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces;
}

export default function ChronologyList(props: ChronologyListProps) {
  const { events, matches, selection, scrollRequest, hasMore, loadingMore, onLoadMore, onSelect, onOpen, onScrolledTo, onEarlier } = props;
  const i18n = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => flattenChronology(events), [events]);
  const eventRows = useMemo(() => {
    const indices = new Map<string, number>();
    rows.forEach((row, index) => row.kind === "event" && indices.set(row.event.id, index));
    return indices;
  }, [rows]);
  const order = useMemo(() => rows.flatMap((row) => (row.kind === "event" ? [row.event] : [])), [rows]);
  const listboxRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    // Where the rows begin inside the scrolling pane (below the "earlier events" button).
    scrollMargin: listboxRef.current?.offsetTop ?? 0,
    estimateSize: (index) => ROW_ESTIMATE_PX[rows[index].kind],
    overscan: 6,
    getItemKey: (index) => rowKey(rows[index]),
  });
  const programmaticScrollRef = useRef(false);
  const settleTimerRef = useRef<number | undefined>(undefined);

  const scrollToRow = (index: number, align: "start" | "auto") => {
    programmaticScrollRef.current = true;
    virtualizer.scrollToIndex(index, { align });
  };

  // The next page, when the reader nears the end of what is loaded.
  const virtualRows = virtualizer.getVirtualItems();
  const lastRendered = virtualRows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && !loadingMore && lastRendered >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastRendered, rows.length, onLoadMore]);

  // The timeline moved: bring its first day to the top (once per request, with the rows loaded by then).
  const appliedScrollRef = useRef(-1);
  useEffect(() => {
    if (!scrollRequest || appliedScrollRef.current === scrollRequest.seq || rows.length === 0) return;
    appliedScrollRef.current = scrollRequest.seq;
    const target = order.find((event) => event.lastDay >= scrollRequest.day);
    if (target) scrollToRow(eventRows.get(target.id)!, "start");
  }, [scrollRequest, rows]);

  // Bring a selection made elsewhere (the timeline, a link) into view.
  useEffect(() => {
    if (!selection.id || selection.origin === "list") return;
    const index = eventRows.get(selection.id);
    if (index !== undefined) scrollToRow(index, "auto");

  }, [selection, eventRows]);

  const onScroll = () => {
    window.clearTimeout(settleTimerRef.current);
    settleTimerRef.current = window.setTimeout(() => {
      if (programmaticScrollRef.current) {
        programmaticScrollRef.current = false;
        return;
      }
      const top = scrollRef.current?.scrollTop ?? 0;
      const firstInSight = virtualizer.getVirtualItems().find((row) => row.end > top && rows[row.index]?.kind === "event");
      const row = firstInSight && rows[firstInSight.index];
      if (row && row.kind === "event") onScrolledTo(row.event);
    }, SCROLL_SETTLE_MS);
  };
  useEffect(() => () => window.clearTimeout(settleTimerRef.current), []);

  const selectedIndex = selection.id === null ? -1 : order.findIndex((event) => event.id === selection.id);
  const moveSelection = (event: KeyboardEvent<HTMLDivElement>) => {
    if (order.length === 0) return;
    let next: number;
    switch (event.key) {
      case "ArrowDown":
        next = selectedIndex === -1 ? 0 : Math.min(order.length - 1, selectedIndex + 1);
        break;
      case "ArrowUp":
        next = selectedIndex === -1 ? 0 : Math.max(0, selectedIndex - 1);
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = order.length - 1;
        break;
      case "Enter":
      case " ":
        event.preventDefault();
        onOpen(order[Math.max(selectedIndex, 0)].id);
        return;
      default:
        return;
    }
    event.preventDefault();
    const chosen = order[next];
    onSelect(chosen.id);
    scrollToRow(eventRows.get(chosen.id)!, "auto");
  };

  const activeId = selectedIndex === -1 ? undefined : optionId(order[selectedIndex].id);
  return (
    <div className="chronology" ref={scrollRef} onScroll={onScroll} data-testid="chronology">
      {onEarlier && (
        <button type="button" className="button button-quiet chrono-earlier" onClick={onEarlier}>
          {i18n.t("earlierEvents")}
        </button>
      )}
      <div
        className="chronology-listbox"
        role="listbox"
        aria-label={i18n.t("chronologyLabel")}
        ref={listboxRef}
        aria-activedescendant={activeId}
        tabIndex={0}
        onKeyDown={moveSelection}
        style={{ blockSize: virtualizer.getTotalSize() }}
      >
        {virtualRows.map((virtualRow) => {
          const row = rows[virtualRow.index];
          return (
            <div
              key={virtualRow.key}
              data-index={virtualRow.index}
              ref={virtualizer.measureElement}
              className="chrono-row"
              style={{ transform: `translateY(${virtualRow.start - virtualizer.options.scrollMargin}px)` }}
              role={row.kind === "event" ? undefined : "presentation"}
            >
              {row.kind === "year" && (
                <div className="chrono-year-heading" aria-hidden="true">
                  {formatYearHeading(row.year, i18n.language)}
                </div>
              )}
              {row.kind === "month" && (
                <div className="chrono-month-heading" aria-hidden="true">
                  {row.month === null ? i18n.t("longerSpans") : formatMonthHeading(row.year, row.month, i18n.language)}
                </div>
              )}
              {row.kind === "event" && (
                <ChronologyItem
                  event={row.event}
                  titleSpans={matches[row.event.id]?.title}
                  position={row.position}
                  count={hasMore ? -1 : order.length}
                  selected={row.event.id === selection.id}
                  onSelect={onSelect}
                />
              )}
            </div>
          );
        })}
      </div>
      {(hasMore || loadingMore) && <p className="chrono-more">{i18n.t("loadingMore")}</p>}
    </div>
  );
}

function rowKey(row: ChronologyRow): string {
  if (row.kind === "event") return row.event.id;
  return row.kind === "year" ? `y${row.year}` : `m${row.key}`;
}

interface ChronologyItemProps {
  event: ChronicleEvent;
  titleSpans: TextSpan[] | undefined;
  position: number;
  /** How many events the list holds; -1 while more are still to be read. */
  count: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

function ChronologyItem({ event, titleSpans, position, count, selected, onSelect }: ChronologyItemProps) {
  const i18n = useI18n();
  const participants = i18n.list(event.participants.map((participant) => participant.name));
  return (
    <div
      id={optionId(event.id)}
      role="option"
      aria-selected={selected}
      aria-posinset={position + 1}
      aria-setsize={count}
      className={`chrono-item ev-${event.type}${selected ? " is-selected" : ""}`}
      data-event-id={event.id}
      onClick={() => onSelect(event.id)}
    >
      <span className="chrono-item-top">
        <span className={`type-chip ev-${event.type}`}>{i18n.type(event.type)}</span>
        <span className="chrono-date">{i18n.span(event)}</span>
      </span>
      <span className="chrono-title">
        {/* The search's spans point into the Arabic title; an English one is shown plain. */}
        <Highlighted text={i18n.title(event)} spans={i18n.title(event) === event.title ? titleSpans : undefined} />
      </span>
      {(participants || event.place) && <span className="chrono-meta">{[participants, event.place].filter(Boolean).join(" · ")}</span>}
      <span className="chrono-item-foot">
        <ReviewBadge status={event.reviewStatus} />
        {event.corroboration > 1 && <span className="chrono-corroboration">{i18n.plural("sourceCount", event.corroboration)}</span>}
      </span>
    </div>
  );
}
