"use client";
// The zoomable timeline (vis-timeline). Dates are drawn as precisely as they are known: a day
// is a point on that day, anything wider (week, month, season, year, range) is a range item over
// every day it can mean, labelled with its date ("تموز 2020"), never a point on its first day.
// Item content is built as DOM text nodes by the template, so names and titles from articles
// can never become HTML. It draws only what the API answered for the visible window: the events
// themselves, or, when the window holds too many, one column per time bucket whose height and
// coloured segments show how many events of each type start in it; clicking a column zooms in.
import { useEffect, useRef, useState } from "react";
import { DataSet } from "vis-data/peer";
import { Timeline as VisTimeline, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { endOfDayLocal, formatAxisMajor, formatAxisMinor, isQualifiedDate, startOfDayLocal, type AxisScale } from "@/lib/format";
import type { TimelineAnswer, TimelineEvent } from "@/lib/api-types";
import { EVENT_TYPES, type EventType } from "@/lib/model";
import type { TimeWindow } from "@/lib/view-window";
import { useI18n, type I18n } from "./i18n";
import type { Selection, SelectionOrigin } from "./selection";

const HOUR_MS = 60 * 60 * 1000;
const YEAR_MS = 365.25 * 24 * HOUR_MS;
const ZOOM_STEP = 0.5;
const FOCUS_ANIMATION = { duration: 450, easingFunction: "easeInOutQuad" as const };
/** The tallest bucket column, in pixels; the others are drawn in proportion. */
const BUCKET_HEIGHT_PX = 160;
const BUCKET_PREFIX = "bucket:";

interface EventItem {
  kind: "event";
  id: string;
  type: "point" | "range";
  start: Date;
  end?: Date;
  className: string;
  /** Unused by the template-driven rendering, but vis-data's item type requires it. */
  content: string;
  dateLabel: string | null;
  label: string;
  tooltip: string;
}

interface BucketItem {
  kind: "bucket";
  id: string;
  type: "range";
  start: Date;
  end: Date;
  className: string;
  content: string;
  /** Share of the tallest column, 0..1. */
  height: number;
  byType: { type: EventType; count: number }[];
  label: string;
  tooltip: string;
}

type TimelineItem = EventItem | BucketItem;

function eventClassName(event: TimelineEvent): string {
  const classes = ["ev", `ev-${event.type}`, `ev-precision-${event.precision}`];
  if (event.dateInferred || isQualifiedDate(event.edtf)) classes.push("ev-uncertain");
  if (event.scheduled) classes.push("ev-scheduled");
  return classes.join(" ");
}

function toItem(event: TimelineEvent, i18n: I18n): EventItem {
  const dateLabel = i18n.span(event);
  const oneDay = event.firstDay === event.lastDay;
  const start = startOfDayLocal(event.firstDay);
  const base = {
    kind: "event" as const,
    id: event.id,
    className: eventClassName(event),
    content: "",
    label: i18n.title(event),
    tooltip: `${i18n.type(event.type)} · ${dateLabel}\n${i18n.title(event)}`,
  };
  if (oneDay) {
    // The middle of its day, so that at hour zoom the point stands inside the day it names.
    start.setHours(12);
    return { ...base, type: "point", start, dateLabel: null };
  }
  return { ...base, type: "range", start, end: endOfDayLocal(event.lastDay), dateLabel };
}

/** One column per bucket, its segments the counts per type, all as counted by the server. */
function toBucketItems(answer: Extract<TimelineAnswer, { kind: "buckets" }>, i18n: I18n): BucketItem[] {
  const columns = new Map<string, { start: string; end: string; counts: Map<EventType, number>; total: number }>();
  for (const bucket of answer.buckets) {
    let column = columns.get(bucket.start);
    if (!column) {
      column = { start: bucket.start, end: bucket.end, counts: new Map(), total: 0 };
      columns.set(bucket.start, column);
    }
    column.counts.set(bucket.type, (column.counts.get(bucket.type) ?? 0) + bucket.count);
    column.total += bucket.count;
  }
  let tallest = 1;
  for (const column of columns.values()) tallest = Math.max(tallest, column.total);
  return [...columns.values()].map((column) => {
    const byType = EVENT_TYPES.filter((type) => column.counts.has(type)).map((type) => ({ type, count: column.counts.get(type)! }));
    const period = i18n.span({ firstDay: column.start, lastDay: column.end });
    return {
      kind: "bucket",
      id: `${BUCKET_PREFIX}${column.start}`,
      type: "range",
      start: startOfDayLocal(column.start),
      end: endOfDayLocal(column.end),
      className: "bucket",
      content: "",
      height: column.total / tallest,
      byType,
      label: i18n.number(column.total),
      tooltip: [`${period}: ${i18n.plural("eventCount", column.total)}`, ...byType.map(({ type, count }) => `${i18n.type(type)}: ${i18n.number(count)}`), i18n.t("bucketHint")].join("\n"),
    };
  });
}

function itemsOf(answer: TimelineAnswer | undefined, i18n: I18n): TimelineItem[] {
  if (!answer) return [];
  return answer.kind === "events" ? answer.events.map((event) => toItem(event, i18n)) : toBucketItems(answer, i18n);
}

/** Builds an item's content from text nodes and styles only. */
function renderItem(item: TimelineItem): HTMLElement {
  if (item.kind === "bucket") return renderBucket(item);
  const root = document.createElement("span");
  root.className = "ev-content";
  root.title = item.tooltip;
  if (item.dateLabel) {
    const date = document.createElement("span");
    date.className = "ev-date";
    date.textContent = item.dateLabel;
    root.append(date);
  }
  const title = document.createElement("span");
  title.className = "ev-title";
  title.textContent = item.label;
  root.append(title);
  return root;
}

function renderBucket(item: BucketItem): HTMLElement {
  const root = document.createElement("span");
  root.className = "bucket-content";
  root.title = item.tooltip;
  const count = document.createElement("span");
  count.className = "bucket-count";
  count.textContent = item.label;
  const column = document.createElement("span");
  column.className = "bucket-column";
  column.style.blockSize = `${Math.max(4, Math.round(item.height * BUCKET_HEIGHT_PX))}px`;
  for (const { type, count: typeCount } of item.byType) {
    const segment = document.createElement("span");
    segment.className = `bucket-segment ev-${type}`;
    segment.style.flexGrow = String(typeCount);
    column.append(segment);
  }
  root.append(count, column);
  return root;
}

function timelineOptions(i18n: I18n, window: TimeWindow | null): TimelineOptions {
  return {
    rtl: i18n.dir === "rtl",
    ...(window ? { start: new Date(window.start), end: new Date(window.end) } : {}),
    height: "100%",
    orientation: { axis: "top", item: "top" },
    zoomMin: HOUR_MS,
    zoomMax: 100 * YEAR_MS,
    margin: { axis: 10, item: { horizontal: 8, vertical: 8 } },
    multiselect: false,
    showCurrentTime: false,
    verticalScroll: true,
    // data-id on each item: lets tests and tools find an event's item.
    dataAttributes: ["id"],
    template: (item: TimelineItem) => renderItem(item),
    format: {
      minorLabels: (date, scale) => formatAxisMinor(toDate(date), scale as AxisScale, i18n.language),
      majorLabels: (date, scale) => formatAxisMajor(toDate(date), scale as AxisScale, i18n.language),
    },
  };
}

/** vis-timeline hands the label functions a moment despite its typings saying Date. */
function toDate(value: Date | { toDate(): Date }): Date {
  return value instanceof Date ? value : value.toDate();
}

/** A window the page asks the timeline to show; `seq` tells two requests for the same window apart. */
export interface WindowRequest extends TimeWindow {
  origin: SelectionOrigin | "fit";
  animate: boolean;
  seq: number;
}

interface TimelineProps {
  answer: TimelineAnswer | undefined;
  /** The answer is for an older window while the current one loads. */
  stale: boolean;
  selection: Selection;
  windowRequest: WindowRequest | null;
  onSelect: (id: string | null) => void;
  /** After every move: where the window is now, and what moved it. */
  onWindowChange: (window: TimeWindow, origin: SelectionOrigin | "fit") => void;
  onFit: () => void;
}

export default function Timeline({ answer, stale, selection, windowRequest, onSelect, onWindowChange, onFit }: TimelineProps) {
  const i18n = useI18n();
  const frameRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  // One DataSet for the component's life: it outlives a timeline re-created for another language.
  const [items] = useState(() => new DataSet<TimelineItem, "id">());
  const onSelectRef = useRef(onSelect);
  const onWindowChangeRef = useRef(onWindowChange);
  const focusedSeqRef = useRef(-1);
  const appliedRequestRef = useRef(-1);
  /** What moved the window last, reported with the move's end. */
  const moveOriginRef = useRef<SelectionOrigin | "fit">("timeline");
  const windowRef = useRef<TimeWindow | null>(null);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onWindowChangeRef.current = onWindowChange;
  }, [onSelect, onWindowChange]);

  // One vis-timeline per language (direction and axis labels are fixed at creation); a new one
  // opens on the window the old one showed.
  useEffect(() => {
    const container = containerRef.current;
    const frame = frameRef.current;
    if (!container || !frame) return;
    // A right-to-left timeline sets direction on its container and never unsets it.
    container.style.removeProperty("direction");
    const timeline = new VisTimeline(container, items, timelineOptions(i18n, windowRef.current));
    timelineRef.current = timeline;
    focusedSeqRef.current = -1;
    const recordWindow = () => {
      const { start, end } = timeline.getWindow();
      frame.dataset.windowStart = start.toISOString();
      frame.dataset.windowEnd = end.toISOString();
    };
    timeline.on("select", (properties: { items: string[] }) => {
      const id = properties.items[0] ?? null;
      const item = id === null ? null : items.get(id);
      if (item?.kind === "bucket") {
        // A column is not an event: it zooms onto its period.
        timeline.setSelection([]);
        moveOriginRef.current = "timeline";
        timeline.setWindow(item.start, item.end, { animation: FOCUS_ANIMATION });
        return;
      }
      onSelectRef.current(id);
    });
    // Moves without animation only emit "rangechange"; animated ones end with "rangechanged".
    timeline.on("rangechange", recordWindow);
    timeline.on("rangechanged", (properties: { start: Date; end: Date; byUser: boolean }) => {
      recordWindow();
      const window = { start: properties.start.getTime(), end: properties.end.getTime() };
      windowRef.current = window;
      const origin = properties.byUser ? "timeline" : moveOriginRef.current;
      moveOriginRef.current = "timeline";
      onWindowChangeRef.current(window, origin);
    });
    recordWindow();
    if (windowRef.current) onWindowChangeRef.current(windowRef.current, "fit");
    appliedRequestRef.current = -1;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [i18n, items]);

  // Move where the page asks (a fit, a link, the list's scroll), once per request.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !windowRequest || appliedRequestRef.current === windowRequest.seq) return;
    appliedRequestRef.current = windowRequest.seq;
    moveOriginRef.current = windowRequest.origin;
    timeline.setWindow(windowRequest.start, windowRequest.end, { animation: windowRequest.animate ? FOCUS_ANIMATION : false });
  }, [windowRequest, i18n]);

  // Keep the items in step with the answer: update what changed, remove what is gone.
  useEffect(() => {
    const next = itemsOf(answer, i18n);
    const keep = new Set(next.map((item) => item.id));
    items.remove(items.getIds().filter((id) => !keep.has(String(id))));
    items.update(next);
    // Columns stand side by side on one line; events stack so that none hides another.
    timelineRef.current?.setOptions({ stack: answer?.kind !== "buckets" });
  }, [answer, i18n, items]);

  // Mirror the selection; bring it into view when it was made in the list or by a link.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const { id, origin, seq } = selection;
    const present = id !== null && items.get(id)?.kind === "event";
    timeline.setSelection(present ? [id] : []);
    if (!present || origin === "timeline" || focusedSeqRef.current === seq) return;
    focusedSeqRef.current = seq;
    // Move only when the event is out of sight; zoom: false keeps the user's zoom level unless
    // the item is wider than the window.
    const item = items.get(id);
    const visible = timeline.getWindow();
    const itemEnd = item?.end ?? item?.start;
    if (item && itemEnd && item.start >= visible.start && itemEnd <= visible.end) return;
    timeline.focus(id, { animation: origin === "link" ? false : FOCUS_ANIMATION, zoom: false } as never);
  }, [selection, answer, i18n, items]);

  const zoom = (direction: "in" | "out") => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    moveOriginRef.current = "timeline";
    if (direction === "in") timeline.zoomIn(ZOOM_STEP);
    else timeline.zoomOut(ZOOM_STEP);
  };

  const answerKind = answer?.kind ?? "none";
  return (
    // dir here, not only on <html>: the timeline is re-created before the page's direction changes,
    // and vis-timeline lays out by the direction its container inherits.
    <div className="timeline-frame" dir={i18n.dir} ref={frameRef} data-testid="timeline" data-answer={answerKind} data-stale={stale || undefined}>
      <div className="timeline-toolbar" role="toolbar" aria-label={i18n.t("timelineLabel")}>
        <button type="button" className="icon-button" onClick={() => zoom("in")} aria-label={i18n.t("zoomIn")} title={i18n.t("zoomIn")}>
          +
        </button>
        <button type="button" className="icon-button" onClick={() => zoom("out")} aria-label={i18n.t("zoomOut")} title={i18n.t("zoomOut")}>
          −
        </button>
        <button type="button" className="button button-quiet" onClick={onFit}>
          {i18n.t("zoomFit")}
        </button>
        <ul className="legend" aria-label={i18n.t("legend")}>
          {EVENT_TYPES.map((type) => (
            <li key={type} className={`ev-${type}`}>
              <span className="legend-swatch" aria-hidden="true" />
              {i18n.type(type)}
            </li>
          ))}
          <li className="legend-uncertain">
            <span className="legend-swatch" aria-hidden="true" />
            {i18n.t("legendUncertain")}
          </li>
        </ul>
      </div>
      {answer && answer.spanning > 0 && <p className="timeline-note">{i18n.plural("spanningEarlier", answer.spanning)}</p>}
      <div className="timeline-canvas" ref={containerRef} />
    </div>
  );
}
