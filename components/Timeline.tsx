"use client";
// The zoomable timeline (vis-timeline). Dates are drawn as precisely as they are known: a day
// is a point on that day, anything wider (week, month, season, year, range) is a range item over
// every day it can mean, labelled with its date ("تموز 2020"), never a point on its first day.
// Item content is built as DOM text nodes by the template, so names and titles from articles
// can never become HTML.
import { useEffect, useRef, useState } from "react";
import { DataSet } from "vis-data/peer";
import { Timeline as VisTimeline, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { endOfDayLocal, formatAxisMajor, formatAxisMinor, isQualifiedDate, startOfDayLocal, type AxisScale } from "@/lib/format";
import { EVENT_TYPES, type ChronicleEvent } from "@/lib/model";
import { useI18n, type I18n } from "./i18n";
import type { Selection } from "./selection";

const HOUR_MS = 60 * 60 * 1000;
const YEAR_MS = 365.25 * 24 * HOUR_MS;
const ZOOM_STEP = 0.5;
const DAY_MS = 24 * HOUR_MS;
const FOCUS_ANIMATION = { duration: 450, easingFunction: "easeInOutQuad" as const };
/** Room kept after the latest event for its label, which runs on from its point. */
const LABEL_ROOM_PX = 260;
const EDGE_ROOM_PX = 40;

interface TimelineItem {
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

function eventClassName(event: ChronicleEvent): string {
  const classes = ["ev", `ev-${event.type}`, `ev-precision-${event.precision}`];
  if (event.dateInferred || isQualifiedDate(event.edtf)) classes.push("ev-uncertain");
  if (event.scheduled) classes.push("ev-scheduled");
  return classes.join(" ");
}

function toItem(event: ChronicleEvent, i18n: I18n): TimelineItem {
  const dateLabel = i18n.span(event);
  const oneDay = event.firstDay === event.lastDay;
  const start = startOfDayLocal(event.firstDay);
  const base = {
    id: event.id,
    className: eventClassName(event),
    content: "",
    label: event.title,
    tooltip: `${i18n.type(event.type)} · ${dateLabel}\n${event.title}`,
  };
  if (oneDay) {
    // The middle of its day, so that at hour zoom the point stands inside the day it names.
    start.setHours(12);
    return { ...base, type: "point", start, dateLabel: null };
  }
  return { ...base, type: "range", start, end: endOfDayLocal(event.lastDay), dateLabel };
}

/** Builds an item's content from text nodes only. */
function renderItem(item: TimelineItem): HTMLElement {
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

function timelineOptions(i18n: I18n): TimelineOptions {
  return {
    rtl: i18n.dir === "rtl",
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

/** Shows every event, leaving room on the later side for the labels that run on from them. */
function showAll(timeline: VisTimeline, events: ChronicleEvent[], width: number, animate: boolean) {
  if (events.length === 0) return;
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    first = Math.min(first, startOfDayLocal(event.firstDay).getTime());
    last = Math.max(last, endOfDayLocal(event.lastDay).getTime());
  }
  const usable = Math.max(width - LABEL_ROOM_PX - EDGE_ROOM_PX, width / 3);
  const msPerPixel = Math.max(last - first, DAY_MS) / usable;
  timeline.setWindow(first - EDGE_ROOM_PX * msPerPixel, last + LABEL_ROOM_PX * msPerPixel, {
    animation: animate ? FOCUS_ANIMATION : false,
  });
}

interface TimelineProps {
  events: ChronicleEvent[];
  selection: Selection;
  onSelect: (id: string | null) => void;
}

export default function Timeline({ events, selection, onSelect }: TimelineProps) {
  const i18n = useI18n();
  const frameRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<VisTimeline | null>(null);
  // One DataSet for the component's life: it outlives a timeline re-created for another language.
  const [items] = useState(() => new DataSet<TimelineItem, "id">());
  const onSelectRef = useRef(onSelect);
  const fittedRef = useRef(false);
  const focusedSeqRef = useRef(-1);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // One vis-timeline per language (direction and axis labels are fixed at creation).
  useEffect(() => {
    const container = containerRef.current;
    const frame = frameRef.current;
    if (!container || !frame) return;
    const timeline = new VisTimeline(container, items, timelineOptions(i18n));
    timelineRef.current = timeline;
    fittedRef.current = false;
    focusedSeqRef.current = -1;
    const recordWindow = () => {
      const { start, end } = timeline.getWindow();
      frame.dataset.windowStart = start.toISOString();
      frame.dataset.windowEnd = end.toISOString();
    };
    timeline.on("select", (properties: { items: string[] }) => onSelectRef.current(properties.items[0] ?? null));
    // Moves without animation only emit "rangechange"; animated ones end with "rangechanged".
    timeline.on("rangechange", recordWindow);
    timeline.on("rangechanged", recordWindow);
    recordWindow();
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [i18n, items]);

  // Keep the items in step with the events: update what changed, remove what is gone. The first
  // time there are events, show them all; a selection from a link is then brought into that view.
  useEffect(() => {
    const next = events.map((event) => toItem(event, i18n));
    const keep = new Set(next.map((item) => item.id));
    items.remove(items.getIds().filter((id) => !keep.has(String(id))));
    items.update(next);
    const timeline = timelineRef.current;
    if (timeline && !fittedRef.current && next.length > 0) {
      showAll(timeline, events, containerRef.current?.clientWidth ?? 0, false);
      fittedRef.current = true;
    }
  }, [events, i18n, items]);

  // Mirror the selection; bring it into view when it was made in the list or by a link.
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const { id, origin, seq } = selection;
    const present = id !== null && items.get(id) !== null;
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
  }, [selection, events, i18n, items]);

  const zoom = (direction: "in" | "out" | "fit") => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (direction === "in") timeline.zoomIn(ZOOM_STEP);
    else if (direction === "out") timeline.zoomOut(ZOOM_STEP);
    else showAll(timeline, events, containerRef.current?.clientWidth ?? 0, true);
  };

  return (
    <div className="timeline-frame" ref={frameRef} data-testid="timeline">
      <div className="timeline-toolbar" role="toolbar" aria-label={i18n.t("timelineLabel")}>
        <button type="button" className="icon-button" onClick={() => zoom("in")} aria-label={i18n.t("zoomIn")} title={i18n.t("zoomIn")}>
          +
        </button>
        <button type="button" className="icon-button" onClick={() => zoom("out")} aria-label={i18n.t("zoomOut")} title={i18n.t("zoomOut")}>
          −
        </button>
        <button type="button" className="button button-quiet" onClick={() => zoom("fit")}>
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
      <div className="timeline-canvas" ref={containerRef} />
    </div>
  );
}
