"use client";
// "Export & import": the events the current filters select, downloaded in each export format,
// and a chronology file (TimelineJS JSON or CSV) imported into the store. A native modal
// <dialog>, as the Embed one.
import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useId, useRef, useState, type FormEvent } from "react";
import { EXPORT_FORMATS, IMPORT_FORMATS } from "@/lib/exchange";
import type { ImportIssue } from "@/lib/exchange/types";
import type { ImportAnswer } from "@/lib/import";
import { ApiRequestError, filterParams } from "./api";
import { useI18n } from "./i18n";
import { useCan, useWrite } from "./session";
import { localHref, useFilterParams } from "./url-state";
import "./exchange.css";

/** Problems listed after a refused import; the rest are counted. */
const SHOWN_ISSUES = 12;

type ImportState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; answer: ImportAnswer }
  | { kind: "failed"; error: string; issues: ImportIssue[] };

function ExportDialog() {
  const i18n = useI18n();
  const m = i18n.t;
  const [filters] = useFilterParams();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const write = useWrite();
  const canImport = useCan("editor");

  const selection = filterParams(filters);
  if (filters.from) selection.set("from", filters.from);
  if (filters.to) selection.set("to", filters.to);
  const exportHref = (format: string) => `/api/export?${new URLSearchParams([["format", format], ...selection])}`;

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setState({ kind: "busy" });
    const form = new FormData();
    form.set("file", file);
    try {
      const answer = await write<ImportAnswer>("/api/import", "POST", form);
      setState({ kind: "done", answer });
      // The new events belong in every list, timeline and count on the page.
      await queryClient.invalidateQueries();
    } catch (error) {
      const issues = error instanceof ApiRequestError ? error.issues : [];
      setState({ kind: "failed", error: error instanceof Error ? error.message : String(error), issues });
    }
  };

  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        data-testid="export-button"
        onClick={() => {
          setState({ kind: "idle" });
          dialogRef.current?.showModal();
        }}
      >
        {m("exportImport")}
      </button>
      <dialog ref={dialogRef} className="exchange-dialog" aria-labelledby={`${id}-title`} data-testid="export-dialog">
        <div className="exchange-dialog-head">
          <h2 id={`${id}-title`}>{m("exportImport")}</h2>
          <button type="button" className="icon-button" aria-label={m("close")} title={m("close")} onClick={() => dialogRef.current?.close()}>
            ×
          </button>
        </div>
        <section aria-labelledby={`${id}-export`}>
          <h3 id={`${id}-export`}>{m("exportHeading")}</h3>
          <ul className="exchange-formats">
            {EXPORT_FORMATS.map((format) => (
              <li key={format.id}>
                <a className="button" href={exportHref(format.id)} download data-format={format.id}>
                  {format.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${id}-import`}>
          <h3 id={`${id}-import`}>{m("importHeading")}</h3>
          <p className="muted">{m("importHint")}</p>
          {!canImport && (
            <p className="exchange-error">
              {m("importNeedsEditor")} <a href={localHref("/signin", i18n.language, i18n.hijri)}>{m("signIn")}</a>
            </p>
          )}
          <form className="exchange-actions" onSubmit={(event) => void upload(event)}>
            <label>
              {m("importFile")}{" "}
              <input ref={fileRef} type="file" name="file" required accept={IMPORT_FORMATS.flatMap((format) => format.accept).join(",")} />
            </label>
            <button type="submit" className="button" disabled={state.kind === "busy" || !canImport}>
              {m("importHeading")}
            </button>
          </form>
          <div role="status" aria-live="polite" className="exchange-status" data-testid="import-status">
            {state.kind === "busy" && m("importing")}
            {state.kind === "done" && (
              <>
                {m("imported", { created: state.answer.eventsCreated, merged: state.answer.eventsMerged, skipped: state.answer.eventsSkipped, sources: state.answer.sourcesCreated })}
                {state.answer.leftOut.length > 0 && (
                  <>
                    <p dir="auto">{m("importLeftOut", { count: state.answer.leftOut.length })}</p>
                    <IssueList issues={state.answer.leftOut} />
                  </>
                )}
              </>
            )}
            {state.kind === "failed" && (
              <>
                <p className="exchange-error" dir="auto">
                  {m("importFailed")} {state.error}
                </p>
                <IssueList issues={state.issues} />
              </>
            )}
          </div>
        </section>
      </dialog>
    </>
  );
}

export default function ExportMenu() {
  // The filters come from the URL, which a statically rendered page knows only in the browser.
  return (
    <Suspense>
      <ExportDialog />
    </Suspense>
  );
}

/** Problems or left-out rows of an imported file, the first few of them. */
function IssueList({ issues }: { issues: ImportIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="exchange-issues" dir="auto">
      {issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
        <li key={index}>
          <bdi>{issue.path}</bdi>: {issue.message}
        </li>
      ))}
      {issues.length > SHOWN_ISSUES && <li>…</li>}
    </ul>
  );
}
