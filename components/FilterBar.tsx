"use client";
// The search box and the filters above the chronology. Every value lives in the URL (nuqs), so
// a filtered view can be linked to; typed values reach it once the typing pauses.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { EVENT_TYPES, REVIEW_STATUSES, type EventType, type ReviewStatus } from "@/lib/model";
import { useSourceDetail } from "./api";
import { useI18n } from "./i18n";
import { isFiltered, useFilterParams } from "./url-state";

const TYPING_PAUSE_MS = 350;

/** A text field whose value is committed once the typing pauses (and at once on Enter). */
function TypedField({
  label,
  value,
  onCommit,
  type = "text",
  className,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  type?: "text" | "search" | "date" | "number";
  className?: string;
  placeholder?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // The latest callback, so that a parent's re-render does not restart the pause.
  const commitRef = useRef(onCommit);
  useEffect(() => {
    commitRef.current = onCommit;
  }, [onCommit]);
  const [seen, setSeen] = useState(value);
  // The URL changed under the field (back button, clear): show what it says.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = window.setTimeout(() => commitRef.current(draft), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, value]);
  return (
    <span className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft}
        placeholder={placeholder}
        min={type === "number" ? 1 : undefined}
        dir={type === "date" || type === "number" ? "ltr" : "auto"}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onCommit(draft);
        }}
      />
    </span>
  );
}

function Toggles<T extends string>({
  legend,
  options,
  chosen,
  label,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  chosen: T[];
  label: (option: T) => ReactNode;
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset className="toggles">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className={`toggle-chip ev-${option}`}>
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option))}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The one-article filter, which has no field of its own (links from a source page set it): a chip
 * naming the article, so that a reader sees why the list is short, and a button to remove it.
 */
function SourceChip({ sourceId, onRemove }: { sourceId: string; onRemove: () => void }) {
  const i18n = useI18n();
  const detail = useSourceDetail(sourceId);
  const source = detail.data?.source;
  // Until the article loads (or if it is unknown), its id is what the URL says.
  const name = source ? [source.outlet, source.title ?? i18n.t("untitled")].join(" — ") : sourceId;
  return (
    <span className="filter-chip" data-testid="source-filter">
      <span className="filter-chip-label">{i18n.t("sourceFilter")}:</span>
      <bdi>{name}</bdi>
      <button type="button" className="filter-chip-remove" aria-label={i18n.t("removeSourceFilter")} title={i18n.t("removeSourceFilter")} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

export default function FilterBar() {
  const i18n = useI18n();
  const [filters, setFilters] = useFilterParams();
  const moreInForce = [filters.actor, filters.country, filters.outlet, filters.minSources, filters.from, filters.to].filter(Boolean).length;
  const text = (key: "q" | "actor" | "country" | "outlet") => (value: string) => void setFilters({ [key]: value.trim() ? value : null });
  return (
    <form className="filter-bar" role="search" aria-label={i18n.t("filtersLabel")} onSubmit={(event) => event.preventDefault()}>
      <TypedField
        className="field-search"
        type="search"
        label={i18n.t("searchLabel")}
        placeholder={i18n.t("searchPlaceholder")}
        value={filters.q}
        onCommit={text("q")}
      />
      <Toggles<EventType>
        legend={i18n.t("filterTypes")}
        options={EVENT_TYPES}
        chosen={filters.type}
        label={(type) => i18n.type(type)}
        onChange={(type) => void setFilters({ type: type.length ? type : null })}
      />
      <Toggles<ReviewStatus>
        legend={i18n.t("filterStatuses")}
        options={REVIEW_STATUSES}
        chosen={filters.status}
        label={(status) => i18n.review(status)}
        onChange={(status) => void setFilters({ status: status.length ? status : null })}
      />
      {/* The rarer filters fold away, open by default when one of them is in force. */}
      <details className="more-filters" open={moreInForce > 0 || undefined}>
        <summary>
          {i18n.t("moreFilters")}
          {moreInForce > 0 && ` (${i18n.number(moreInForce)})`}
        </summary>
        <div className="more-filters-body">
          <TypedField label={i18n.t("actor")} value={filters.actor} onCommit={text("actor")} />
          <TypedField label={i18n.t("country")} value={filters.country} onCommit={text("country")} />
          <TypedField label={i18n.t("outlet")} value={filters.outlet} onCommit={text("outlet")} />
          <TypedField
            className="field-narrow"
            type="number"
            label={i18n.t("minCorroboration")}
            value={filters.minSources ? String(filters.minSources) : ""}
            onCommit={(value) => void setFilters({ minSources: Number(value) > 1 ? Math.floor(Number(value)) : null })}
          />
          <TypedField type="date" label={i18n.t("dateFrom")} value={filters.from ?? ""} onCommit={(value) => void setFilters({ from: value || null })} />
          <TypedField type="date" label={i18n.t("dateTo")} value={filters.to ?? ""} onCommit={(value) => void setFilters({ to: value || null })} />
        </div>
      </details>
      {filters.source && <SourceChip sourceId={filters.source} onRemove={() => void setFilters({ source: null })} />}
      {isFiltered(filters) && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            void setFilters({ q: null, type: null, status: null, actor: null, country: null, outlet: null, source: null, minSources: null, from: null, to: null })
          }
        >
          {i18n.t("clearFilters")}
        </button>
      )}
    </form>
  );
}
