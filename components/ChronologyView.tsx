"use client";
// The home page: the chronology list, the timeline and the event panel side by side, sharing
// one selection that the URL carries (/?event=ID), so a selection can be linked to and the
// source page can send a reader back to an event.
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { useAllEvents } from "./api";
import ChronologyList from "./ChronologyList";
import EventPanel from "./EventPanel";
import { useI18n } from "./i18n";
import type { Selection, SelectionOrigin } from "./selection";
import { Empty, ErrorState, Loading } from "./States";
import Timeline from "./Timeline";

const EVENT_PARAM = "event";

function writeSelectionToUrl(id: string | null) {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set(EVENT_PARAM, id);
  else url.searchParams.delete(EVENT_PARAM);
  window.history.replaceState(window.history.state, "", url);
}

export default function ChronologyView() {
  const i18n = useI18n();
  const searchParams = useSearchParams();
  const [selection, setSelection] = useState<Selection>(() => ({
    id: searchParams.get(EVENT_PARAM),
    origin: "link",
    seq: 0,
  }));
  const query = useAllEvents();

  const select = useCallback((id: string | null, origin: SelectionOrigin) => {
    setSelection((previous) => ({ id, origin, seq: previous.seq + 1 }));
    writeSelectionToUrl(id);
  }, []);
  const selectFromTimeline = useCallback((id: string | null) => select(id, "timeline"), [select]);
  const selectFromList = useCallback((id: string) => select(id, "list"), [select]);
  const closePanel = useCallback(() => select(null, "list"), [select]);

  // A navigation to this page with another ?event= (a link, the back button) selects that event.
  const linkedId = searchParams.get(EVENT_PARAM);
  const [seenLinkedId, setSeenLinkedId] = useState(linkedId);
  if (linkedId !== seenLinkedId) {
    setSeenLinkedId(linkedId);
    if (linkedId !== selection.id) setSelection({ id: linkedId, origin: "link", seq: selection.seq + 1 });
  }

  // The list says what is wrong; the timeline only needs to say that it is empty or waiting.
  const empty = query.complete && query.events.length === 0;
  let listState: ReactNode = null;
  let timelineState: ReactNode = null;
  if (query.isPending) {
    listState = <Loading label={i18n.t("loadingEvents")} />;
    timelineState = <span className="spinner" aria-hidden="true" />;
  } else if (query.isError) {
    listState = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  } else if (empty) {
    listState = <Empty title={i18n.t("noEvents")}>{i18n.t("noEventsHint")}</Empty>;
    timelineState = <p className="state-title">{i18n.t("noEvents")}</p>;
  }

  // Escape clears the selection from anywhere on the page but a text field.
  useEffect(() => {
    const clearOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !(event.target instanceof HTMLInputElement)) select(null, "list");
    };
    document.addEventListener("keydown", clearOnEscape);
    return () => document.removeEventListener("keydown", clearOnEscape);
  }, [select]);

  return (
    <div className="workspace">
      <aside className="pane list-pane" aria-label={i18n.t("chronologyLabel")}>
        <header className="pane-header">
          <h1 className="pane-title">{i18n.t("chronologyLabel")}</h1>
          {query.isSuccess && <span className="pane-count">{i18n.plural("eventCount", query.events.length)}</span>}
        </header>
        {listState ?? <ChronologyList events={query.events} selection={selection} onSelect={selectFromList} />}
      </aside>
      <section className="pane timeline-pane" aria-label={i18n.t("timelineLabel")}>
        <Timeline events={query.events} selection={selection} onSelect={selectFromTimeline} />
        {timelineState && <div className="timeline-overlay">{timelineState}</div>}
      </section>
      <section className="pane panel-pane" aria-label={i18n.t("eventPanelLabel")}>
        <EventPanel eventId={selection.id} onClose={closePanel} />
      </section>
    </div>
  );
}
