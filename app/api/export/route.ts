import { siteOrigin } from "@/lib/embed";
import { EXPORT_FORMATS, exportFormat } from "@/lib/exchange";
import { DEFAULT_LANGUAGE, translate } from "@/lib/i18n";
import { openStore } from "@/lib/store";
import { ExportTooLargeError, exportDetails } from "@/lib/store/queries";
import { parseEventQuery } from "@/lib/store/filters";
import { apiError, badRequest, guarded } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The most events one export holds; a larger selection is refused with advice to narrow it. */
const MAX_EXPORT_EVENTS = 20_000;
/** An export is the whole selection: the paging parameters of /api/events do not apply. */
const PAGING_PARAMETERS = ["limit", "cursor"];

/**
 * GET /api/export?format=timelinejs|csv|ics|jsonld|plover&(the filters of /api/events) → every
 * matching event as a file download.
 */
export function GET(request: Request): Promise<Response> {
  return guarded(async () => {
    const url = new URL(request.url);
    const params = new URLSearchParams(url.searchParams);
    const formatId = params.get("format") ?? "";
    params.delete("format");
    const format = exportFormat(formatId);
    const issues = format ? [] : [{ path: "format", message: `must be one of ${EXPORT_FORMATS.map((known) => known.id).join(", ")}` }];
    for (const name of PAGING_PARAMETERS) {
      if (params.has(name)) issues.push({ path: name, message: "is not a parameter of an export, which holds every matching event" });
      params.delete(name);
    }
    const query = parseEventQuery(params);
    if (!query.ok) issues.push(...query.issues);
    if (!format || !query.ok || issues.length) return badRequest(issues);

    const store = await openStore();
    let details;
    try {
      details = await exportDetails(store.db, query.filter, MAX_EXPORT_EVENTS);
    } catch (error) {
      if (error instanceof ExportTooLargeError) return apiError(413, error.message);
      throw error;
    }
    const body = format.export(details, {
      title: translate(DEFAULT_LANGUAGE, "appName"),
      eventUrl: (id) => `${siteOrigin(request.headers, url.origin)}/events/${encodeURIComponent(id)}`,
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": format.mime,
        "content-disposition": `attachment; filename="chronicle-${day}.${format.extension}"`,
        "cache-control": "no-store",
      },
    });
  });
}
