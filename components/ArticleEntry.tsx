"use client";
// /articles/new: an article entered by hand (pasted, or a .txt or .jsonl file), shown as the
// extraction reads it — temporal expressions marked, event excerpts underlined, each event
// listed with its resolved date — before it is stored.
import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent, type FormEvent } from "react";
import type { ArticlePreview, StoredArticles } from "@/lib/article-entry";
import { translate } from "@/lib/i18n";
import { LANGUAGES, type ArticleInput } from "@/lib/model";
import { segmentText, type Span } from "@/lib/text-segments";
import { ApiRequestError } from "./api";
import { useI18n } from "./i18n";
import { useCan, useWrite } from "./session";
import { Empty } from "./States";
import { localHref } from "./url-state";

type Outcome = { kind: "stored"; stored: StoredArticles } | { kind: "failed"; error: string; issues: { path: string; message: string }[] } | null;

/** The form's article, or the articles of an uploaded .jsonl file. */
function articlesOf(form: HTMLFormElement, uploaded: ArticleInput[] | null): ArticleInput[] {
  if (uploaded) return uploaded;
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  return [
    {
      outlet: text("outlet"),
      url: text("url") || null,
      published: text("published"),
      title: text("title") || null,
      lang: text("lang") as ArticleInput["lang"],
      text: String(data.get("text") ?? ""),
    },
  ];
}

export default function ArticleEntry() {
  const i18n = useI18n();
  const canWrite = useCan("editor");
  const write = useWrite();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [uploaded, setUploaded] = useState<ArticleInput[] | null>(null);
  const [preview, setPreview] = useState<{ article: ArticleInput; answer: ArticlePreview } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  if (!canWrite) {
    return (
      <Empty title={i18n.t("articlesNeedEditor")}>
        <Link href={localHref(`/signin?next=${encodeURIComponent("/articles/new")}`, i18n.language, i18n.hijri)}>{i18n.t("signIn")}</Link>
      </Empty>
    );
  }

  const fail = (error: unknown) =>
    setOutcome({ kind: "failed", error: error instanceof Error ? error.message : String(error), issues: error instanceof ApiRequestError ? error.issues : [] });

  const readFile = async (change: ChangeEvent<HTMLInputElement>) => {
    const file = change.target.files?.[0];
    setPreview(null);
    setOutcome(null);
    if (!file) return setUploaded(null);
    const content = await file.text();
    if (!file.name.toLowerCase().endsWith(".jsonl")) {
      setUploaded(null);
      setText(content);
      return;
    }
    try {
      setUploaded(
        content
          .split("\n")
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as ArticleInput),
      );
    } catch (error) {
      setUploaded(null);
      fail(new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`));
    }
  };

  const showPreview = async (form: HTMLFormElement) => {
    setOutcome(null);
    const [article] = articlesOf(form, uploaded);
    try {
      setPreview({ article, answer: await write<ArticlePreview>("/api/articles/preview", "POST", article) });
    } catch (error) {
      setPreview(null);
      fail(error);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const action = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
    if (action === "preview") return showPreview(form);
    try {
      const stored = await write<StoredArticles>("/api/articles", "POST", { articles: articlesOf(form, uploaded) });
      setOutcome({ kind: "stored", stored });
      await queryClient.invalidateQueries();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="article-entry" data-testid="article-entry">
      <h1>{i18n.t("addArticles")}</h1>
      <p className="muted">{i18n.t("addArticlesHint")}</p>
      <form className="review-form" onSubmit={(event) => void submit(event)} onChange={() => setPreview(null)}>
        <label>
          {i18n.t("outlet")}
          <input name="outlet" required={!uploaded} disabled={!!uploaded} dir="auto" />
        </label>
        <label>
          {i18n.t("published")}
          <input name="published" type="date" required={!uploaded} disabled={!!uploaded} />
        </label>
        <label>
          URL
          <input name="url" type="url" disabled={!!uploaded} dir="ltr" />
        </label>
        <label>
          {i18n.t("articleLanguage")}
          <select name="lang" defaultValue="ar" disabled={!!uploaded}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {translate(language, "languageName")}
              </option>
            ))}
          </select>
        </label>
        <label className="review-form-wide">
          {i18n.t("articleTitle")}
          <input name="title" disabled={!!uploaded} dir="auto" />
        </label>
        <label className="review-form-wide">
          {i18n.t("articleText")}
          <textarea name="text" rows={10} value={text} onChange={(change) => setText(change.target.value)} required={!uploaded} disabled={!!uploaded} dir="auto" />
        </label>
        <label className="review-form-wide">
          {i18n.t("articleFile")}
          <input type="file" accept=".txt,.jsonl,text/plain" onChange={(change) => void readFile(change)} />
        </label>
        {uploaded && <p className="review-form-wide">{i18n.plural("articleCount", uploaded.length)}</p>}
        <div className="review-form-buttons review-form-wide">
          <button type="submit" value="preview" className="button">
            {i18n.t("previewExtraction")}
          </button>
          <button type="submit" value="store" className="button button-primary" disabled={!preview}>
            {i18n.t("storeArticles")}
          </button>
        </div>
      </form>
      {outcome?.kind === "failed" && (
        <div className="form-error" role="alert">
          <p>
            {i18n.t("actionFailed")} {outcome.error}
          </p>
          {outcome.issues.length > 0 && (
            <ul dir="auto">
              {outcome.issues.map((issue, index) => (
                <li key={index}>
                  <bdi>{issue.path}</bdi>: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.kind === "stored" && (
        <p className="form-done" role="status" data-testid="articles-stored">
          {i18n.t("articlesStored", { stored: outcome.stored.stored, skipped: outcome.stored.skipped, created: outcome.stored.eventsCreated, merged: outcome.stored.eventsMerged })}{" "}
          {outcome.stored.sourceIds.map((id) => (
            <Link key={id} href={localHref(`/sources/${id}`, i18n.language, i18n.hijri)}>
              {id}
            </Link>
          ))}
        </p>
      )}
      {preview && <PreviewText article={preview.article} answer={preview.answer} />}
    </section>
  );
}

type Mark = "timex" | `event:${number}`;

function PreviewText({ article, answer }: { article: ArticleInput; answer: ArticlePreview }) {
  const i18n = useI18n();
  const spans: Span<Mark>[] = [
    ...answer.timex.map((timex) => ({ key: "timex" as const, start: timex.start, end: timex.end })),
    ...answer.events.map((event, index) => ({ key: `event:${index}` as const, start: event.excerpt.start, end: event.excerpt.end })),
  ];
  return (
    <section className="article-preview" data-testid="article-preview" aria-label={i18n.t("previewExtraction")}>
      <h2 className="section-heading">{i18n.plural("eventCount", answer.events.length)}</h2>
      <ol className="preview-events">
        {answer.events.map((event, index) => (
          <li key={index} data-testid="preview-event">
            <span className={`type-chip ev-${event.type}`}>{i18n.type(event.type)}</span> <strong>{i18n.span(event)}</strong>{" "}
            <bdi dir="ltr" className="muted">
              {event.edtf}
            </bdi>{" "}
            <bdi>{event.title}</bdi>
          </li>
        ))}
      </ol>
      <div className="source-text preview-text" dir="auto">
        {segmentText(article.text, spans).map((paragraph, index) => (
          <p key={index}>
            {paragraph.map((piece) => {
              const timex = piece.keys.includes("timex");
              const inEvent = piece.keys.some((key) => key !== "timex");
              const content = timex ? <mark className="preview-timex">{piece.text}</mark> : piece.text;
              return inEvent ? (
                <span key={piece.start} className="preview-excerpt">
                  {content}
                </span>
              ) : (
                <span key={piece.start}>{content}</span>
              );
            })}
          </p>
        ))}
      </div>
      <h3 className="section-heading">{i18n.t("timexFound")}</h3>
      <ul className="preview-timexes">
        {answer.timex.map((timex) => (
          <li key={timex.start}>
            <bdi>
              <mark className="preview-timex">{timex.text}</mark>
            </bdi>{" "}
            → <bdi dir="ltr">{timex.value}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
