"use client";
// The embeddable timeline: the home page's chronology view (timeline, chronology, event panel,
// driven by the same URL parameters) without the site's chrome or filter bar, stacked to fit an
// iframe, in a light or dark theme. It tells the page around it how tall it is and which event
// is selected (window.postMessage; public/embed.js listens), and opens links in a new tab, since
// the site's other pages refuse to be framed.
import { useEffect, useRef, type MouseEvent } from "react";
import type { EmbedList, EmbedTheme } from "@/lib/embed";
import ChronologyView from "./ChronologyView";
import { useI18n } from "./i18n";
import { useViewParams } from "./url-state";
import "./embed.css";

/** The messages an embed sends to its host page. */
export type EmbedMessage = { type: "chronicle:resize"; height: number } | { type: "chronicle:select"; eventId: string | null };

function tellHost(message: EmbedMessage) {
  // The host is whoever framed us, on any origin; the messages carry nothing private.
  if (window.parent !== window) window.parent.postMessage(message, "*");
}

interface EmbedViewProps {
  theme: EmbedTheme;
  /** How much of the list shows (its height and the timeline's come from the page's nonced style, app/embed/page.tsx). */
  list: EmbedList;
  /** The same view on the site itself (/?…), for the link out. */
  siteHref: string;
}

export default function EmbedView({ theme, list, siteHref }: EmbedViewProps) {
  const i18n = useI18n();
  const rootRef = useRef<HTMLDivElement>(null);
  const [view] = useViewParams();

  // Report the height whenever it changes (the panel opening, the list loading, a font arriving).
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let reported = -1;
    const report = () => {
      const measured = Math.ceil(root.getBoundingClientRect().height);
      if (measured === reported) return;
      reported = measured;
      tellHost({ type: "chronicle:resize", height: measured });
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, []);

  // Announce selection changes (the one the embed opened with is the host's own choice).
  const announcedRef = useRef(view.event);
  useEffect(() => {
    if (announcedRef.current === view.event) return;
    announcedRef.current = view.event;
    tellHost({ type: "chronicle:select", eventId: view.event });
  }, [view.event]);

  // Links lead out of the embed into a new tab (a framed source page would be refused).
  const openLinksOutside = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[href]");
    if (!link || link.target === "_blank") return;
    event.preventDefault();
    event.stopPropagation();
    window.open(link.href, "_blank", "noopener,noreferrer");
  };

  return (
    <div
      ref={rootRef}
      className="embed-root"
      data-theme={theme}
      data-list={list}
      data-selected={view.event ? "true" : "false"}
      data-testid="embed"
      lang={i18n.language}
      dir={i18n.dir}
      onClickCapture={openLinksOutside}
    >
      <div className="embed-bar">
        <span className="brand-mark" aria-hidden="true" />
        <a className="embed-brand" href={siteHref} target="_blank" rel="noopener">
          {i18n.t("appName")}
        </a>
        <a className="embed-open" href={siteHref} target="_blank" rel="noopener">
          {i18n.t("openFull")} ↗
        </a>
      </div>
      <ChronologyView readOnly />
    </div>
  );
}
