// The query language of GET /api/events, validated with zod into an EventFilter for the
// query module. Partial dates widen to their whole period: from=2020-07 starts on 1 July,
// to=2020-07 ends on 31 July.
import { z } from "zod";
import { EVENT_TYPES, type EventType } from "../model";
import { decodeCursor } from "./cursor";
import { daysInMonth, isCalendarDay } from "./days";
import type { EventFilter } from "./queries";

export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 1000;

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

const eventQuerySchema = z
  .strictObject({
    from: period.optional(),
    to: period.optional(),
    type: z
      .string()
      .transform((value, context) => {
        const types = value.split(",").map((type) => type.trim()).filter(Boolean);
        const unknown = types.filter((type) => !(EVENT_TYPES as readonly string[]).includes(type));
        if (unknown.length) {
          context.addIssue({
            code: "custom",
            message: `unknown event type ${unknown.map((t) => `"${t}"`).join(", ")}; known: ${EVENT_TYPES.join(", ")}`,
          });
          return z.NEVER;
        }
        return types as EventType[];
      })
      .optional(),
    actor: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1).optional(),
    q: z.string().trim().min(1).optional(),
    limit: z
      .string()
      .refine((value) => WHOLE_NUMBER.test(value), "must be a whole number")
      .transform(Number)
      .pipe(z.number().min(1, "must be at least 1").max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`))
      .optional(),
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
  .superRefine(
    (query, context) => {
      if (query.from && query.to && periodDays(query.from)!.first > periodDays(query.to)!.last) {
        context.addIssue({ code: "custom", path: ["from"], message: `must not be after to (${query.to})` });
      }
    },
    // Also when other parameters are wrong, so that one answer lists every problem.
    { when: ({ issues }) => !issues.some((issue) => ["from", "to"].includes(String(issue.path?.[0]))) },
  );

/** One problem with a request, in the shape ApiError.issues uses. */
export interface QueryIssue {
  path: string;
  message: string;
}

export type EventQueryResult = { ok: true; filter: EventFilter } | { ok: false; issues: QueryIssue[] };

const PARAMETERS = Object.keys(eventQuerySchema.shape);

/**
 * Parses the query string of GET /api/events. Empty parameters count as absent; `type` may
 * also be repeated (type=visit&type=call); any other parameter given twice, or unknown, is an error.
 */
export function parseEventQuery(params: URLSearchParams): EventQueryResult {
  const raw: Record<string, string> = {};
  const issues: QueryIssue[] = [];
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((value) => value !== "");
    if (!values.length) continue;
    if (!PARAMETERS.includes(key)) issues.push({ path: key, message: `is not a parameter (known: ${PARAMETERS.join(", ")})` });
    else if (key !== "type" && values.length > 1) issues.push({ path: key, message: "is given more than once" });
    else raw[key] = values.join(",");
  }
  if (issues.length) return { ok: false, issues };
  const parsed = eventQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  }
  const query = parsed.data;
  return {
    ok: true,
    filter: {
      from: query.from ? periodDays(query.from)!.first : undefined,
      to: query.to ? periodDays(query.to)!.last : undefined,
      types: query.type,
      actor: query.actor,
      source: query.source,
      q: query.q,
      limit: query.limit ?? DEFAULT_LIMIT,
      after: query.cursor,
    },
  };
}
