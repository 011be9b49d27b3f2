"use client";
// The review queue (/review): unreviewed events, most-reported and most recent first, one at a
// time beside its excerpts, with what an editor does to it (confirm, reject, edit, merge, split
// a citation off, delete an imported one, undo) and its history. Keyboard first: J/K move,
// C confirm, X reject, E edit, M merge, U undo.
import Link from "next/link";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { AuditEntry, EventDetail, ReviewAnswer, ReviewQueuePage } from "@/lib/api-types";
import { LOCALES } from "@/lib/format";
import { actionLabel } from "@/lib/i18n";
import { EVENT_TYPES, type Actor, type EventType } from "@/lib/model";
import { fetchJson } from "./api";
import { CitationCard } from "./EventPanel";
import { useI18n } from "./i18n";
import ReviewBadge from "./ReviewBadge";
import { useCan, useSession, useWrite } from "./session";
import { Empty, ErrorState, Loading } from "./States";
import { localHref } from "./url-state";

/** Events the queue holds at once: an afternoon's work. */
const QUEUE_PAGE = 100;
/** Letters typed before the register is asked for participants. */
const MIN_ACTOR_QUERY = 2;

type Notice = { kind: "done"; text: string } | { kind: "failed"; text: string } | null;

export default function ReviewQueue() {
  const i18n = useI18n();
  const session = useSession();
  const canReview = useCan("editor");
  if (session.isPending) return <Loading label={i18n.t("loadingEvents")} />;
  if (!canReview) {
    return (
      <Empty title={i18n.t("reviewNeedsEditor")}>
        <Link href={localHref(`/signin?next=${encodeURIComponent("/review")}`, i18n.language, i18n.hijri)}>{i18n.t("signIn")}</Link>
      </Empty>
    );
  }
  return <Queue />;
}

function Queue() {
  const i18n = useI18n();
  const queryClient = useQueryClient();
  const write = useWrite();
  const queue = useQuery({ queryKey: ["review"], queryFn: ({ signal }) => fetchJson<ReviewQueuePage>(`/api/review?limit=${QUEUE_PAGE}`, signal) });
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<"view" | "edit" | "merge">("view");
  const [notice, setNotice] = useState<Notice>(null);
  /** The event last changed here: what Undo takes back once it has left the queue. */
  const [lastChanged, setLastChanged] = useState<string | null>(null);
  const busy = useRef(false);

  const events = queue.data?.events ?? [];
  const position = Math.min(index, Math.max(events.length - 1, 0));
  const current: EventDetail | undefined = events[position];

  const act = useCallback(
    async (action: string, eventId: string, run: () => Promise<ReviewAnswer>) => {
      if (busy.current) return;
      busy.current = true;
      try {
        await run();
        setLastChanged(eventId);
        setMode("view");
        setNotice({ kind: "done", text: i18n.t("saved", { action: actionLabel(i18n.language, action) }) });
        // Every view of events (the queue, the timeline, the lists, the history) may have changed;
        // the next change need not wait for them to be read again.
        void queryClient.invalidateQueries();
      } catch (error) {
        setNotice({ kind: "failed", text: `${i18n.t("actionFailed")} ${error instanceof Error ? error.message : String(error)}` });
      } finally {
        busy.current = false;
      }
    },
    [i18n, queryClient],
  );

  const eventUrl = (id: string, action = "") => `/api/events/${encodeURIComponent(id)}${action}`;
  const review = useCallback(
    (status: "confirmed" | "rejected") => {
      if (!current) return;
      void act(status === "confirmed" ? "confirm" : "reject", current.event.id, () => write(eventUrl(current.event.id, "/review"), "POST", { status }));
    },
    [act, current, write],
  );
  const undo = useCallback(() => {
    const id = lastChanged ?? current?.event.id;
    if (id) void act("undo", id, () => write(eventUrl(id, "/undo"), "POST"));
  }, [act, current, lastChanged, write]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (mode !== "view" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      const moves: Record<string, () => void> = {
        j: () => setIndex((at) => Math.min(at + 1, events.length - 1)),
        k: () => setIndex((at) => Math.max(at - 1, 0)),
        c: () => review("confirmed"),
        x: () => review("rejected"),
        e: () => setMode("edit"),
        m: () => setMode("merge"),
        u: undo,
      };
      const key = event.key.toLowerCase();
      const move = moves[key] ?? (event.key === "ArrowDown" ? moves.j : event.key === "ArrowUp" ? moves.k : undefined);
      if (!move) return;
      event.preventDefault();
      move();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [events.length, mode, review, undo]);

  if (queue.isPending) return <Loading label={i18n.t("loadingEvents")} />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;

  return (
    <div className="review" data-testid="review">
      <header className="review-head">
        <h1>{i18n.t("reviewQueue")}</h1>
        <p className="review-count" data-testid="review-count">
          {i18n.plural("queueCount", queue.data.total)}
        </p>
        <p className="muted">{i18n.t("reviewHint")}</p>
        <p className="review-keys muted">{i18n.t("shortcuts")}</p>
      </header>
      {notice && (
        <p className={notice.kind === "failed" ? "form-error" : "form-done"} role="status" data-testid="review-notice">
          {notice.text}
        </p>
      )}
      {!current ? (
        <>
          <Empty title={i18n.t("reviewEmpty")} />
          {lastChanged && (
            <button type="button" className="button" onClick={undo}>
              {i18n.t("undoLast")}
            </button>
          )}
        </>
      ) : (
        <div className="review-layout">
          <ol className="review-list" aria-label={i18n.t("reviewQueue")}>
            {events.map((detail, at) => (
              <li key={detail.event.id}>
                <button
                  type="button"
                  className="review-list-item"
                  aria-current={at === position || undefined}
                  data-event-id={detail.event.id}
                  onClick={() => {
                    setIndex(at);
                    setMode("view");
                  }}
                >
                  <span className={`type-chip ev-${detail.event.type}`}>{i18n.type(detail.event.type)}</span>
                  <span className="review-list-date">{i18n.span(detail.event)}</span>
                  <span className="review-list-title">{detail.event.title}</span>
                  <span className="muted">{i18n.plural("sourceCount", detail.event.corroboration)}</span>
                </button>
              </li>
            ))}
          </ol>
          <section className="review-detail" data-testid="review-detail" data-event-id={current.event.id} aria-label={i18n.t("reviewOf", { position: i18n.number(position + 1), count: i18n.number(events.length) })}>
            <p className="muted">{i18n.t("reviewOf", { position: i18n.number(position + 1), count: i18n.number(events.length) })}</p>
            <EventSummary detail={current} />
            <div className="review-actions">
              <button type="button" className="button button-primary" onClick={() => review("confirmed")} aria-keyshortcuts="C">
                {i18n.t("confirmEvent")}
              </button>
              <button type="button" className="button" onClick={() => review("rejected")} aria-keyshortcuts="X">
                {i18n.t("rejectEvent")}
              </button>
              <button type="button" className="button" onClick={() => setMode(mode === "edit" ? "view" : "edit")} aria-expanded={mode === "edit"} aria-keyshortcuts="E">
                {i18n.t("editEvent")}
              </button>
              <button type="button" className="button" onClick={() => setMode(mode === "merge" ? "view" : "merge")} aria-expanded={mode === "merge"} aria-keyshortcuts="M">
                {i18n.t("mergeButton")}
              </button>
              <button type="button" className="button" onClick={undo} aria-keyshortcuts="U">
                {i18n.t("undoLast")}
              </button>
              {current.event.rule.startsWith("import:") && (
                <button type="button" className="button button-danger" onClick={() => void act("delete", current.event.id, () => write(eventUrl(current.event.id), "DELETE"))}>
                  {i18n.t("deleteImported")}
                </button>
              )}
            </div>
            {mode === "edit" && (
              <EditForm
                key={current.event.id}
                detail={current}
                onCancel={() => setMode("view")}
                onSave={(edit) => act("edit", current.event.id, () => write(eventUrl(current.event.id), "PATCH", edit))}
              />
            )}
            {mode === "merge" && (
              <MergeForm
                onCancel={() => setMode("view")}
                onMerge={(other) => act("merge", current.event.id, () => write(eventUrl(current.event.id, "/merge"), "POST", { other }))}
              />
            )}
            <section className="citations" aria-label={i18n.t("citations")}>
              <h3 className="section-heading">{i18n.t("citations")}</h3>
              {current.citations.map((citation) => (
                <div key={citation.id} className="review-citation">
                  <CitationCard citation={citation} eventDate={current.event.edtf} terms={[]} />
                  {current.citations.length > 1 && (
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => void act("split", current.event.id, () => write(eventUrl(current.event.id, "/split"), "POST", { citation: citation.id }))}
                    >
                      {i18n.t("splitOff")}
                    </button>
                  )}
                </div>
              ))}
            </section>
            <History eventId={current.event.id} />
          </section>
        </div>
      )}
    </div>
  );
}

function EventSummary({ detail }: { detail: EventDetail }) {
  const i18n = useI18n();
  const { event } = detail;
  return (
    <header className="event-header">
      <div className="event-header-top">
        <span className={`type-chip ev-${event.type}`}>{i18n.type(event.type)}</span>
        <span className="event-date" data-testid="review-date">
          {i18n.span(event)}
        </span>
        <span className="precision-chip">{i18n.precision(event.precision)}</span>
        <ReviewBadge status={event.reviewStatus} />
      </div>
      <h2 className="event-title">{event.title}</h2>
      {event.titleEn && (
        <p className="event-title-en" dir="ltr" lang="en">
          {event.titleEn}
        </p>
      )}
      <p className="muted">
        {[i18n.list(event.participants.map((participant) => participant.name)) || i18n.t("noParticipants"), event.place].filter(Boolean).join(" · ")}
        {" · "}
        <bdi dir="ltr">{event.id}</bdi>
      </p>
    </header>
  );
}

interface Edit {
  type?: EventType;
  date?: string;
  title?: string;
  titleEn?: string | null;
  place?: string | null;
  participants?: string[];
}

function EditForm({ detail, onSave, onCancel }: { detail: EventDetail; onSave: (edit: Edit) => Promise<void>; onCancel: () => void }) {
  const i18n = useI18n();
  const { event } = detail;
  const [participants, setParticipants] = useState(event.participants.map((participant) => ({ id: participant.actorId, name: participant.name })));
  const [actorQuery, setActorQuery] = useState("");
  const suggestions = useQuery({
    queryKey: ["actors", actorQuery],
    enabled: actorQuery.trim().length >= MIN_ACTOR_QUERY,
    queryFn: ({ signal }) => fetchJson<Actor[]>(`/api/actors?q=${encodeURIComponent(actorQuery.trim())}`, signal),
  });
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const submit = (form: FormEvent<HTMLFormElement>) => {
    form.preventDefault();
    const data = new FormData(form.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    // Only what changed is sent: the server records each change with the value it replaced.
    const edit: Edit = {};
    if (text("type") !== event.type) edit.type = text("type") as EventType;
    if (text("date") !== event.edtf) edit.date = text("date");
    if (text("title") !== event.title) edit.title = text("title");
    if (text("titleEn") !== (event.titleEn ?? "")) edit.titleEn = text("titleEn") || null;
    if (text("place") !== (event.place ?? "")) edit.place = text("place") || null;
    const ids = participants.map((participant) => participant.id);
    if (ids.join("\n") !== event.participants.map((participant) => participant.actorId).join("\n")) edit.participants = ids;
    void onSave(edit);
  };

  return (
    <form className="review-form" onSubmit={submit} onKeyDown={(key) => key.key === "Escape" && onCancel()} data-testid="edit-form">
      <label>
        {i18n.t("filterTypes")}
        <select name="type" defaultValue={event.type} ref={firstField}>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {i18n.type(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t("dateField")}
        <input name="date" defaultValue={event.edtf} dir="ltr" required aria-describedby="date-hint" />
        <small id="date-hint" className="muted">
          {i18n.t("dateHint")} <bdi dir="ltr">2024-11-01/2024-11-17</bdi>
        </small>
      </label>
      <label className="review-form-wide">
        {i18n.t("titleAr")}
        <input name="title" defaultValue={event.title} dir="rtl" lang="ar" required />
      </label>
      <label className="review-form-wide">
        {i18n.t("titleEn")}
        <input name="titleEn" defaultValue={event.titleEn ?? ""} dir="ltr" lang="en" />
      </label>
      <label>
        {i18n.t("place")}
        <input name="place" defaultValue={event.place ?? ""} dir="auto" />
      </label>
      <fieldset className="review-form-wide participants-field">
        <legend>{i18n.t("participants")}</legend>
        <ul className="participant-chips">
          {participants.map((participant) => (
            <li key={participant.id} className="filter-chip">
              <bdi>{participant.name}</bdi>
              <button
                type="button"
                className="filter-chip-remove"
                aria-label={i18n.t("removeParticipant", { name: participant.name })}
                onClick={() => setParticipants(participants.filter((kept) => kept.id !== participant.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input value={actorQuery} onChange={(change) => setActorQuery(change.target.value)} placeholder={i18n.t("addParticipant")} aria-label={i18n.t("addParticipant")} dir="auto" />
        {suggestions.data && suggestions.data.length > 0 && (
          <ul className="actor-suggestions" role="listbox" aria-label={i18n.t("addParticipant")}>
            {suggestions.data
              .filter((actor) => !participants.some((participant) => participant.id === actor.id))
              .map((actor) => {
                const name = i18n.language === "en" && actor.nameEn ? actor.nameEn : actor.nameAr;
                return (
                  <li key={actor.id} role="option" aria-selected={false}>
                    <button
                      type="button"
                      onClick={() => {
                        setParticipants([...participants, { id: actor.id, name }]);
                        setActorQuery("");
                      }}
                    >
                      <bdi>{name}</bdi> <span className="muted">({actor.kind})</span>
                    </button>
                  </li>
                );
              })}
          </ul>
        )}
      </fieldset>
      <div className="review-form-buttons review-form-wide">
        <button type="submit" className="button button-primary">
          {i18n.t("saveAndConfirm")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {i18n.t("cancel")}
        </button>
      </div>
    </form>
  );
}

function MergeForm({ onMerge, onCancel }: { onMerge: (other: string) => Promise<void>; onCancel: () => void }) {
  const i18n = useI18n();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="review-form"
      onSubmit={(form) => {
        form.preventDefault();
        const other = String(new FormData(form.currentTarget).get("other") ?? "").trim();
        if (other) void onMerge(other);
      }}
      onKeyDown={(key) => key.key === "Escape" && onCancel()}
      data-testid="merge-form"
    >
      <p className="review-form-wide">{i18n.t("mergeIn")}</p>
      <label className="review-form-wide">
        {i18n.t("mergeTarget")}
        <input name="other" ref={input} dir="ltr" required pattern="[A-Za-z0-9_\-]+" />
      </label>
      <div className="review-form-buttons review-form-wide">
        <button type="submit" className="button button-primary">
          {i18n.t("mergeButton")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {i18n.t("cancel")}
        </button>
      </div>
    </form>
  );
}

/** Who changed the event, when, and from what; undone changes marked. */
function History({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const trail = useQuery({ queryKey: ["audit", eventId], queryFn: ({ signal }) => fetchJson<AuditEntry[]>(`/api/events/${encodeURIComponent(eventId)}/audit`, signal) });
  return (
    <section className="review-history" aria-label={i18n.t("changes")} data-testid="history">
      <h3 className="section-heading">{i18n.t("changes")}</h3>
      {trail.data?.length === 0 && <p className="muted">{i18n.t("noChanges")}</p>}
      <ol>
        {trail.data?.map((entry) => (
          <li key={entry.id} className={entry.undoneAt ? "is-undone" : undefined}>
            <strong>{actionLabel(i18n.language, entry.action)}</strong> · <bdi>{entry.user}</bdi> · <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(LOCALES[i18n.language], { timeZone: "UTC" })}</time>
            {entry.undoneBy && <span className="muted"> · {i18n.t("undoneBy", { user: entry.undoneBy })}</span>}
            <ul>
              {entry.changes.map((change, at) => (
                <li key={at} dir="auto">
                  <code>{change.field}</code> <bdi>{JSON.stringify(change.from)}</bdi> → <bdi>{JSON.stringify(change.to)}</bdi>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
