"use client";
// The "Embed" button and its dialog: the snippet that shows the current view (its filters,
// window and selected event) on another site, with the theme, list and height to choose, and a
// button that copies it. A native modal <dialog>: focus moves into it and returns on close,
// Escape closes it, the rest of the page is inert meanwhile.
import { useId, useRef, useState } from "react";
import {
  DEFAULT_EMBED_OPTIONS,
  EMBED_LISTS,
  EMBED_THEMES,
  MAX_TIMELINE_HEIGHT,
  MIN_TIMELINE_HEIGHT,
  embedForPage,
  embedSnippet,
  embedUrl,
  parseEmbedOptions,
  timelineHeight,
  type EmbedList,
  type EmbedOptions,
  type EmbedTheme,
} from "@/lib/embed";
import type { MessageKey } from "@/lib/i18n";
import { useI18n } from "./i18n";
import "./exchange.css";

const THEME_LABELS: Record<EmbedTheme, MessageKey> = { light: "themeLight", dark: "themeDark" };
const LIST_LABELS: Record<EmbedList, MessageKey> = { full: "listFull", compact: "listCompact", none: "listNone" };

/** What the page in the address bar shows, as embed options. */
function currentView(): EmbedOptions {
  const url = new URL(window.location.href);
  return embedForPage(url)?.options ?? parseEmbedOptions(url.searchParams);
}

export default function EmbedDialog() {
  const i18n = useI18n();
  const m = i18n.t;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [view, setView] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [theme, setTheme] = useState<EmbedTheme>(DEFAULT_EMBED_OPTIONS.theme);
  const [list, setList] = useState<EmbedList>(DEFAULT_EMBED_OPTIONS.list);
  const [height, setHeight] = useState(String(DEFAULT_EMBED_OPTIONS.height));
  const [copyStatus, setCopyStatus] = useState("");
  // Known in the browser only: read when the dialog opens, like the view.
  const [origin, setOrigin] = useState("");

  const options: EmbedOptions = { ...view, language: i18n.language, theme, list, height: timelineHeight(height) };
  const snippet = embedSnippet(origin, options, m("embedFallbackLink"));

  const open = () => {
    setView(currentView());
    setOrigin(window.location.origin);
    setCopyStatus("");
    dialogRef.current?.showModal();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus(m("copied"));
    } catch {
      // Without clipboard permission (an insecure origin, a refusal) the reader copies by hand.
      document.getElementById(`${id}-code`)?.focus();
      setCopyStatus(m("copyFailed"));
    }
  };

  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={open} data-testid="embed-button">
        {m("embed")}
      </button>
      <dialog ref={dialogRef} className="exchange-dialog" aria-labelledby={`${id}-title`} data-testid="embed-dialog">
        <div className="exchange-dialog-head">
          <h2 id={`${id}-title`}>{m("embedTitle")}</h2>
          <button type="button" className="icon-button" aria-label={m("close")} title={m("close")} onClick={() => dialogRef.current?.close()}>
            ×
          </button>
        </div>
        <p className="muted">{m("embedHint")}</p>
        <div className="exchange-options">
          <fieldset>
            <legend>{m("embedTheme")}</legend>
            {EMBED_THEMES.map((value) => (
              <label key={value}>
                <input type="radio" name={`${id}-theme`} value={value} checked={theme === value} onChange={() => setTheme(value)} />
                {m(THEME_LABELS[value])}
              </label>
            ))}
          </fieldset>
          <label>
            {m("embedList")}
            <select value={list} onChange={(event) => setList(event.target.value as EmbedList)}>
              {EMBED_LISTS.map((value) => (
                <option key={value} value={value}>
                  {m(LIST_LABELS[value])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m("embedHeight")}
            <input
              type="number"
              inputMode="numeric"
              min={MIN_TIMELINE_HEIGHT}
              max={MAX_TIMELINE_HEIGHT}
              step={10}
              value={height}
              onChange={(event) => setHeight(event.target.value)}
            />
          </label>
        </div>
        <label htmlFor={`${id}-code`}>{m("embedCode")}</label>
        <textarea
          id={`${id}-code`}
          className="exchange-code"
          readOnly
          dir="ltr"
          rows={6}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="embed-code"
        />
        <div className="exchange-actions">
          <button type="button" className="button" onClick={() => void copy()}>
            {m("copy")}
          </button>
          <a className="button button-quiet" href={embedUrl(origin, options)} target="_blank" rel="noopener">
            {m("preview")}
          </a>
          <span role="status" aria-live="polite" className="exchange-status">
            {copyStatus}
          </span>
        </div>
      </dialog>
    </>
  );
}
