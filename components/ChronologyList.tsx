"use client";
// The scrolling chronology: every event in date order under year and month headings. It is also
// the keyboard view of the timeline: Tab reaches it, the arrow keys move the selection.
import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import type { ChronicleEvent } from "@/lib/model";
import { groupChronology } from "@/lib/chronology";
import { formatMonthHeading, formatYearHeading } from "@/lib/format";
import { useI18n } from "./i18n";
import type { Selection } from "./selection";

interface ChronologyListProps {
  events: ChronicleEvent[];
  selection: Selection;
  onSelect: (id: string) => void;
}

export default function ChronologyList({ events, selection, onSelect }: ChronologyListProps) {
  const i18n = useI18n();
  const listRef = useRef<HTMLDivElement>(null);
  const years = useMemo(() => groupChronology(events), [events]);

  // Bring a selection made elsewhere (the timeline, a link) into view.
  useEffect(() => {
    if (!selection.id || selection.origin === "list") return;
    const element = listRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selection.id)}"]`);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selection, events]);

  const moveSelection = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>("[data-event-id]") ?? [])];
    if (buttons.length === 0) return;
    event.preventDefault();
    const current = buttons.findIndex((button) => button === document.activeElement);
    const step = event.key === "ArrowDown" ? 1 : -1;
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, current === -1 ? 0 : current + step))];
    next.focus();
    onSelect(next.dataset.eventId ?? "");
  };

  return (
    <div className="chronology" ref={listRef} onKeyDown={moveSelection} data-testid="chronology">
      {years.map((yearGroup) => (
        <section key={yearGroup.year} className="chrono-year" aria-label={formatYearHeading(yearGroup.year, i18n.language)}>
          <h2 className="chrono-year-heading">{formatYearHeading(yearGroup.year, i18n.language)}</h2>
          {yearGroup.months.map((group) => (
            <section key={group.key} className="chrono-month">
              <h3 className="chrono-month-heading">
                {group.month === null ? i18n.t("longerSpans") : formatMonthHeading(yearGroup.year, group.month, i18n.language)}
              </h3>
              <ul className="chrono-items">
                {group.events.map((event) => (
                  <li key={event.id}>
                    <ChronologyItem event={event} selected={event.id === selection.id} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

function ChronologyItem({ event, selected, onSelect }: { event: ChronicleEvent; selected: boolean; onSelect: (id: string) => void }) {
  const i18n = useI18n();
  const participants = i18n.list(event.participants.map((participant) => participant.name));
  return (
    <button
      type="button"
      className={`chrono-item ev-${event.type}${selected ? " is-selected" : ""}`}
      data-event-id={event.id}
      aria-pressed={selected}
      onClick={() => onSelect(event.id)}
    >
      <span className="chrono-item-top">
        <span className={`type-chip ev-${event.type}`}>{i18n.type(event.type)}</span>
        <span className="chrono-date">{i18n.span(event)}</span>
      </span>
      <span className="chrono-title">{event.title}</span>
      {(participants || event.place) && (
        <span className="chrono-meta">
          {[participants, event.place].filter(Boolean).join(" · ")}
        </span>
      )}
      {event.corroboration > 1 && <span className="chrono-corroboration">{i18n.plural("sourceCount", event.corroboration)}</span>}
    </button>
  );
}
