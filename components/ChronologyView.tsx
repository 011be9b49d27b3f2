"use client";
// The home page: the filters, then the chronology list, the timeline and the event panel side
// by side. The URL carries the selection (?event=ID), the timeline window (?start&end) and the
// filters, so any view can be linked to. The timeline asks the API only for its window (plus a
// margin); the list reads the chronology from the window's first day onwards, and the two
// follow each other: panning the timeline scrolls the list, scrolling the list moves the window.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { startOfDayLocal, endOfDayLocal } from "@/lib/format";
import { fetchRangeFor, intersectDays, type DayRange, type TimeWindow } from "@/lib/view-window";
import { TIMELINE_MAX_EVENTS, useChronologyFrom, useEventDetail, useExtent, useTimelineRange } from "./api";
import ChronologyList, { type ScrollRequest } from "./ChronologyList";
import EventPanel from "./EventPanel";
import FilterBar from "./FilterBar";
import { useI18n } from "./i18n";
import type { Selection, SelectionOrigin } from "./selection";
import { Empty, ErrorState, Loading } from "./States";
import Timeline, { type WindowRequest } from "./Timeline";
import { isFiltered, useFilterParams, useViewParams } from "./url-state";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Room before the first event, and after the last for the label that runs on from it. */
const FIT_LEAD = 0.03;
const FIT_TRAIL = 0.45;
/** A linked event in a crowded period opens on this many days around it. */
const LINK_CONTEXT_DAYS = 30;

/** The local calendar day of an instant, as the timeline (which draws local time) shows it. */
function localDay(epochMs: number): string {
  const date = new Date(epochMs);
  return `${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

function fitWindow(range: DayRange): TimeWindow {
  const first = startOfDayLocal(range.from).getTime();
  const last = endOfDayLocal(range.to).getTime();
  const span = Math.max(last - first, DAY_MS);
  return { start: first - span * FIT_LEAD, end: last + span * FIT_TRAIL };
}

/** `readOnly` (the embed) leaves out the filter bar: the filters come from the URL the host chose. */
export default function ChronologyView({ readOnly = false }: { readOnly?: boolean }) {
  const i18n = useI18n();
  const [view, setView] = useViewParams();
  const [filters] = useFilterParams();
  const [selection, setSelection] = useState<Selection>(() => ({ id: view.event, origin: "link", seq: 0 }));
  const urlWindow = view.start && view.end && view.end > view.start ? { start: view.start.getTime(), end: view.end.getTime() } : null;
  const [viewWindow, setViewWindow] = useState<TimeWindow | null>(urlWindow);
  const [windowRequest, setWindowRequest] = useState<WindowRequest | null>(() =>
    urlWindow ? { ...urlWindow, origin: "link", animate: false, seq: 1 } : null,
  );
  const [listFrom, setListFrom] = useState<string | null>(urlWindow ? localDay(urlWindow.start) : null);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const seqRef = useRef(1);
  const panelRef = useRef<HTMLElement>(null);

  const extent = useExtent(filters);
  const linked = useEventDetail(selection.origin === "link" ? selection.id : null);
  const fetchRange = viewWindow ? intersectDays(fetchRangeFor(viewWindow), { from: filters.from ?? undefined, to: filters.to ?? undefined }) : null;
  const timeline = useTimelineRange(fetchRange, filters);
  const list = useChronologyFrom(listFrom, filters);

  const requestWindow = useCallback((window: TimeWindow, origin: WindowRequest["origin"], animate: boolean) => {
    seqRef.current += 1;
    setWindowRequest({ ...window, origin, animate, seq: seqRef.current });
  }, []);

  const fit = useCallback(
    (animate: boolean) => {
      if (extent.data) requestWindow(fitWindow(extent.data.range), "fit", animate);
    },
    [extent.data, requestWindow],
  );

  // Opening without a window in the URL: show everything, or, for a linked event in a crowded
  // history, the weeks around it. Filters that change the extent fit again.
  const fittedForRef = useRef<string | undefined>(undefined);
  const keepUrlWindowRef = useRef(urlWindow !== null);
  useEffect(() => {
    if (!extent.isSuccess) return;
    const key = JSON.stringify(extent.data);
    if (fittedForRef.current === key) return;
    if (selection.origin === "link" && selection.id && linked.isPending) return;
    fittedForRef.current = key;
    if (keepUrlWindowRef.current) {
      keepUrlWindowRef.current = false;
      return;
    }
    if (!extent.data) return;
    const whole = fitWindow(extent.data.range);
    const event = selection.origin === "link" ? linked.data?.event : undefined;
    // Too many to draw one by one: open on the linked event's weeks, where it is drawn.
    if (event && extent.data.total > TIMELINE_MAX_EVENTS) {
      const middle = (startOfDayLocal(event.firstDay).getTime() + endOfDayLocal(event.lastDay).getTime()) / 2;
      const half = (LINK_CONTEXT_DAYS / 2) * DAY_MS;
      requestWindow({ start: middle - half, end: middle + half }, "link", false);
    } else {
      requestWindow(whole, "fit", false);
    }
  }, [extent.isSuccess, extent.data, selection, linked.isPending, linked.data, requestWindow]);

  const lastListed = list.events.at(-1)?.firstDay;
  const onWindowChange = useCallback(
    (window: TimeWindow, origin: SelectionOrigin | "fit") => {
      setViewWindow(window);
      // The reader's own moves go into the URL; a fit or a link is where the page opens anyway.
      if (origin === "timeline" || origin === "list") void setView({ start: new Date(window.start), end: new Date(window.end) });
      if (origin === "list") return;
      const day = localDay(window.start);
      // Scroll the list to the window when it already holds that day; else read it from there.
      if (!listFrom || day < listFrom || (lastListed !== undefined && day > lastListed && list.hasNextPage)) setListFrom(day);
      seqRef.current += 1;
      setScrollRequest({ day, seq: seqRef.current });
    },
    [setView, listFrom, lastListed, list.hasNextPage],
  );

  const onScrolledTo = useCallback(
    (event: { firstDay: string; lastDay: string }) => {
      if (!viewWindow) return;
      const start = startOfDayLocal(event.firstDay).getTime();
      if (start >= viewWindow.start && start <= viewWindow.end) return;
      const span = viewWindow.end - viewWindow.start;
      requestWindow({ start: start - span * FIT_LEAD, end: start - span * FIT_LEAD + span }, "list", false);
    },
    [viewWindow, requestWindow],
  );

  const select = useCallback(
    (id: string | null, origin: SelectionOrigin) => {
      setSelection((previous) => ({ id, origin, seq: previous.seq + 1 }));
      void setView({ event: id });
    },
    [setView],
  );
  const selectFromTimeline = useCallback((id: string | null) => select(id, "timeline"), [select]);
  const selectFromList = useCallback((id: string) => select(id, "list"), [select]);
  const openFromList = useCallback(
    (id: string) => {
      select(id, "list");
      panelRef.current?.focus();
    },
    [select],
  );
  const closePanel = useCallback(() => {
    select(null, "list");
    document.querySelector<HTMLElement>("[role=listbox]")?.focus();
  }, [select]);

  // A navigation to this page with another ?event= (a link, the back button) selects that event.
  const [seenLinkedId, setSeenLinkedId] = useState(view.event);
  if (view.event !== seenLinkedId) {
    setSeenLinkedId(view.event);
    if (view.event !== selection.id) setSelection({ id: view.event, origin: "link", seq: selection.seq + 1 });
  }

  // Escape clears the selection from anywhere on the page but a text field; focus returns to the list.
  useEffect(() => {
    const clearOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.target instanceof HTMLInputElement) return;
      const fromPanel = panelRef.current?.contains(document.activeElement);
      select(null, "list");
      if (fromPanel) document.querySelector<HTMLElement>("[role=listbox]")?.focus();
    };
    document.addEventListener("keydown", clearOnEscape);
    return () => document.removeEventListener("keydown", clearOnEscape);
  }, [select]);

  // The list says what is wrong; the timeline only needs to say that it is empty or waiting.
  const nothingAtAll = extent.isSuccess && extent.data === null;
  let listState: ReactNode = null;
  let timelineState: ReactNode = null;
  if (extent.isPending || (listFrom !== null && list.isPending)) {
    listState = <Loading label={i18n.t("loadingEvents")} />;
    timelineState = <span className="spinner" aria-hidden="true" />;
  } else if (extent.isError || list.isError || timeline.isError) {
    const error = extent.error ?? list.error ?? timeline.error;
    listState = (
      <ErrorState
        error={error}
        onRetry={() => {
          void extent.refetch();
          void list.refetch();
          void timeline.refetch();
        }}
      />
    );
  } else if (nothingAtAll) {
    const filtered = isFiltered(filters);
    listState = filtered ? <Empty title={i18n.t("noMatches")} /> : <Empty title={i18n.t("noEvents")}>{i18n.t("noEventsHint")}</Empty>;
    timelineState = <p className="state-title">{filtered ? i18n.t("noMatches") : i18n.t("noEvents")}</p>;
  } else if (list.isSuccess && list.events.length === 0) {
    listState = <Empty title={i18n.t("noMatches")} />;
  }

  return (
    <div className="chronology-page">
      {!readOnly && <FilterBar />}
      <div className="workspace">
        <section className="pane list-pane" aria-labelledby="chronology-heading">
          <header className="pane-header">
            <h1 className="pane-title" id="chronology-heading">
              {i18n.t("chronologyLabel")}
            </h1>
            {timeline.data && (
              <span className="pane-count" data-testid="window-count">
                {i18n.plural("windowCount", timeline.data.total)}
              </span>
            )}
          </header>
          {listState ?? (
            <ChronologyList
              events={list.events}
              matches={list.matches}
              selection={selection}
              scrollRequest={list.isPlaceholderData ? null : scrollRequest}
              hasMore={Boolean(list.hasNextPage)}
              loadingMore={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
              onSelect={selectFromList}
              onOpen={openFromList}
              onScrolledTo={onScrolledTo}
              onEarlier={
                viewWindow && listFrom && extent.data && extent.data.range.from < listFrom
                  ? () => requestWindow({ start: viewWindow.start - (viewWindow.end - viewWindow.start), end: viewWindow.start }, "timeline", true)
                  : null
              }
            />
          )}
        </section>
        <section className="pane timeline-pane" aria-label={i18n.t("timelineLabel")}>
          <Timeline
            answer={timeline.data}
            stale={timeline.isPlaceholderData}
            selection={selection}
            windowRequest={windowRequest}
            onSelect={selectFromTimeline}
            onWindowChange={onWindowChange}
            onFit={() => fit(true)}
          />
          {timelineState && <div className="timeline-overlay">{timelineState}</div>}
        </section>
        <section className="pane panel-pane" aria-label={i18n.t("eventPanelLabel")} ref={panelRef} tabIndex={-1}>
          <EventPanel eventId={selection.id} query={filters.q} onClose={closePanel} />
        </section>
      </div>
    </div>
  );
}
