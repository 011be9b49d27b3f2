// The query language of GET /api/events and GET /api/timeline, validated with zod into the
// query module's filters. Partial dates widen to their whole period: from=2020-07 starts on 1 July,
// to=2020-07 ends on 31 July.
import { z } from "zod";
import type { TimelineBucketSize } from "../api-types";
import { EVENT_TYPES, REVIEW_STATUSES } from "../model";
import { MIN_QUERY_WORD, queryTerms, type QueryTerm } from "../text/arabic-normalize";
import { decodeCursor } from "./cursor";
import { dayNumber, daysInMonth, isCalendarDay } from "./days";
import type { EventConditions, EventFilter } from "./queries";

export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 1000;
/** A window holding more events than this is answered with buckets (unless `max` says otherwise). */
export const DEFAULT_TIMELINE_EVENTS = 500;
export const MAX_TIMELINE_EVENTS = 2000;
export const DEFAULT_SOURCE_SEARCH_LIMIT = 50;
const MAX_CORROBORATION = 1000;

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const WHOLE_NUMBER = /^\d+$/;

/** The first and last day of a yyyy, yyyy-mm or yyyy-mm-dd period, or null if it is none. */
export function periodDays(value: string): { first: string; last: string } | null {
  const match = PERIOD.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined) return isCalendarDay(value) ? { first: value, last: value } : null;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(daysInMonth(Number(year), m)).padStart(2, "0")}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

const period = z.string().refine((value) => periodDays(value) !== null, "must be a date as yyyy, yyyy-mm or yyyy-mm-dd");

/** A comma-separated list of words from a closed vocabulary. */
function listOf<T extends string>(vocabulary: readonly T[], noun: string) {
  return z.string().transform((value, context) => {
    const items = value.split(",").map((item) => item.trim()).filter(Boolean);
    const unknown = items.filter((item) => !(vocabulary as readonly string[]).includes(item));
    if (unknown.length) {
      context.addIssue({
        code: "custom",
        message: `unknown ${noun} ${unknown.map((item) => `"${item}"`).join(", ")}; known: ${vocabulary.join(", ")}`,
      });
      return z.NEVER;
    }
    return items as T[];
  });
}

function wholeNumber(min: number, max: number) {
  return z
    .string()
    .refine((value) => WHOLE_NUMBER.test(value), "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** The filters /api/events and /api/timeline share. */
const conditionShape = {
  from: period.optional(),
  to: period.optional(),
  type: listOf(EVENT_TYPES, "event type").optional(),
  status: listOf(REVIEW_STATUSES, "review status").optional(),
  minCorroboration: wholeNumber(1, MAX_CORROBORATION).optional(),
  actor: z.string().trim().min(1).optional(),
  country: z.string().trim().min(1).optional(),
  outlet: z.array(z.string().trim().min(1, "must not be blank")).optional(),
  source: z.string().trim().min(1).optional(),
  q: z
    .string()
    .trim()
    .transform((value, context) => {
      const terms = queryTerms(value);
      if (!terms.length) {
        context.addIssue({ code: "custom", message: `must contain a word of at least ${MIN_QUERY_WORD} letters or digits` });
        return z.NEVER;
      }
      return terms;
    })
    .optional(),
};

/** Parameters that may be repeated: lists join with commas, outlets (whose names may hold commas) stay apart. */
const REPEATABLE = new Set(["type", "status", "outlet"]);

function fromBeforeTo(query: { from?: string; to?: string }, context: z.RefinementCtx) {
  if (query.from && query.to && periodDays(query.from)!.first > periodDays(query.to)!.last) {
    context.addIssue({ code: "custom", path: ["from"], message: `must not be after to (${query.to})` });
  }
}
// Also when other parameters are wrong, so that one answer lists every problem.
const unlessDatesAreBad = {
  when: ({ issues }: { issues: { path?: PropertyKey[] }[] }) => !issues.some((issue) => ["from", "to"].includes(String(issue.path?.[0]))),
};

const eventQuerySchema = z
  .strictObject({
    ...conditionShape,
    limit: wholeNumber(1, MAX_LIMIT).optional(),
    cursor: z
      .string()
      .transform((value, context) => {
        const cursor = decodeCursor(value);
        if (!cursor) {
          context.addIssue({ code: "custom", message: "is not a cursor this API returned (pass back nextCursor unchanged)" });
          return z.NEVER;
        }
        return cursor;
      })
      .optional(),
  })
  .superRefine(fromBeforeTo, unlessDatesAreBad);

const timelineQuerySchema = z
  .strictObject({
    ...conditionShape,
    from: period,
    to: period,
    max: wholeNumber(1, MAX_TIMELINE_EVENTS).optional(),
  })
  .superRefine(fromBeforeTo, unlessDatesAreBad);

/** One problem with a request, in the shape ApiError.issues uses. */
export interface QueryIssue {
  path: string;
  message: string;
}

export type EventQueryResult = { ok: true; filter: EventFilter } | { ok: false; issues: QueryIssue[] };

export interface TimelineQuery {
  filter: EventConditions & { from: string; to: string };
  /** Most events answered one by one; a fuller window is answered with buckets. */
  max: number;
  bucket: TimelineBucketSize;
}

export type TimelineQueryResult = { ok: true; query: TimelineQuery } | { ok: false; issues: QueryIssue[] };

/**
 * Empty parameters count as absent; `type`, `status` and `outlet` may be repeated; any other
 * parameter given twice, or unknown, is an error. Returns the schema's input or the issues.
 */
function rawParameters(params: URLSearchParams, known: string[]): { raw: Record<string, string | string[]>; issues: QueryIssue[] } {
  const raw: Record<string, string | string[]> = {};
  const issues: QueryIssue[] = [];
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => value !== "");
    if (!values.length) continue;
    if (!known.includes(key)) issues.push({ path: key, message: `is not a parameter (known: ${known.join(", ")})` });
    else if (!REPEATABLE.has(key) && values.length > 1) issues.push({ path: key, message: "is given more than once" });
    else raw[key] = key === "outlet" ? values : values.join(",");
  }
  return { raw, issues };
}

function parseWith<T>(schema: z.ZodType<T>, params: URLSearchParams, known: string[]): { ok: true; data: T } | { ok: false; issues: QueryIssue[] } {
  const { raw, issues } = rawParameters(params, known);
  if (issues.length) return { ok: false, issues };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.slice(0, 1).join("."), message: issue.message })) };
  }
  return { ok: true, data: parsed.data };
}

type ConditionInput = z.infer<z.ZodObject<typeof conditionShape>>;

function toConditions(query: ConditionInput): EventConditions {
  const conditions: EventConditions = {
    types: query.type,
    statuses: query.status,
    minCorroboration: query.minCorroboration,
    actor: query.actor,
    country: query.country,
    outlets: query.outlet,
    source: query.source,
    search: query.q,
  };
  // Absent filters stay absent, so that filters compare and print cleanly.
  for (const key of Object.keys(conditions) as (keyof EventConditions)[]) if (conditions[key] === undefined) delete conditions[key];
  return conditions;
}

const EVENT_PARAMETERS = Object.keys(eventQuerySchema.shape);
const TIMELINE_PARAMETERS = Object.keys(timelineQuerySchema.shape);

/** Parses the query string of GET /api/events. */
export function parseEventQuery(params: URLSearchParams): EventQueryResult {
  const parsed = parseWith(eventQuerySchema, params, EVENT_PARAMETERS);
  if (!parsed.ok) return parsed;
  const query = parsed.data;
  const filter: EventFilter = { ...toConditions(query), limit: query.limit ?? DEFAULT_LIMIT };
  if (query.from) filter.from = periodDays(query.from)!.first;
  if (query.to) filter.to = periodDays(query.to)!.last;
  if (query.cursor) filter.after = query.cursor;
  return { ok: true, filter };
}

/** Parses the query string of GET /api/timeline; `from` and `to` are required. */
export function parseTimelineQuery(params: URLSearchParams): TimelineQueryResult {
  const parsed = parseWith(timelineQuerySchema, params, TIMELINE_PARAMETERS);
  if (!parsed.ok) return parsed;
  const query = parsed.data;
  const from = periodDays(query.from)!.first;
  const to = periodDays(query.to)!.last;
  return {
    ok: true,
    query: { filter: { ...toConditions(query), from, to }, max: query.max ?? DEFAULT_TIMELINE_EVENTS, bucket: bucketSizeFor(from, to) },
  };
}

/**
 * The bucket that keeps a window to a drawable number of columns (at most ≈100–200): days up
 * to a quarter, weeks up to two years, months up to sixteen years, then years.
 */
export function bucketSizeFor(from: string, to: string): TimelineBucketSize {
  const days = dayNumber(to) - dayNumber(from) + 1;
  if (days <= 92) return "day";
  if (days <= 731) return "week";
  if (days <= 16 * 366) return "month";
  return "year";
}

const sourceSearchSchema = z.strictObject({
  q: conditionShape.q.unwrap(),
  limit: wholeNumber(1, MAX_LIMIT).optional(),
});
const SOURCE_SEARCH_PARAMETERS = Object.keys(sourceSearchSchema.shape);

export type SourceSearchQueryResult = { ok: true; terms: QueryTerm[]; limit: number } | { ok: false; issues: QueryIssue[] };

/** Parses the query string of GET /api/sources: `q` is required. */
export function parseSourceSearchQuery(params: URLSearchParams): SourceSearchQueryResult {
  const parsed = parseWith(sourceSearchSchema, params, SOURCE_SEARCH_PARAMETERS);
  if (!parsed.ok) return parsed;
  return { ok: true, terms: parsed.data.q, limit: parsed.data.limit ?? DEFAULT_SOURCE_SEARCH_LIMIT };
}
