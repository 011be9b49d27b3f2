// The opaque keyset cursor of GET /api/events: the (first_day, id) of the last event served,
// base64url-encoded JSON so that clients treat it as a token, not as something to build.
import { isCalendarDay } from "./days";

export interface EventCursor {
  firstDay: string;
  id: string;
}

export function encodeCursor(cursor: EventCursor): string {
  return Buffer.from(JSON.stringify([cursor.firstDay, cursor.id]), "utf8").toString("base64url");
}

/** The cursor a token stands for, or null when the token was not made by encodeCursor. */
export function decodeCursor(token: string): EventCursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [firstDay, id] = value;
  if (typeof firstDay !== "string" || typeof id !== "string" || !isCalendarDay(firstDay) || !id) return null;
  return { firstDay, id };
}
