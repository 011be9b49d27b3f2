import { IMPORT_FORMATS, importFormat, type ImportFormat } from "@/lib/exchange";
import { readBodyUpTo } from "@/lib/http-body";
import { storeImportedEvents, type ImportAnswer } from "@/lib/import";
import { decodeUtf8 } from "@/lib/text/utf8";
import { authorize } from "../_lib/auth";
import { apiError, badRequest, guarded, json } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Larger than any hand-kept chronology; reading a bigger upload stops at this size, and it is refused. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const FILE_EXTENSION = /\.([a-z0-9]+)$/i;

function formatOf(id: string | null, fileName: string | null): ImportFormat | null {
  if (id) return importFormat(id);
  const extension = fileName ? FILE_EXTENSION.exec(fileName)?.[1].toLowerCase() : undefined;
  return IMPORT_FORMATS.find((format) => format.accept.includes(`.${extension}`)) ?? null;
}

function tooLarge(): Response {
  return apiError(413, `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
}

/**
 * POST /api/import?format=timelinejs|csv with the file as the body, or as multipart form data
 * (field `file`; the format may then come from the file name) → ImportAnswer; editors only. A file with any
 * problem is refused whole with 400 and every problem listed; nothing of it is stored.
 */
export function POST(request: Request): Promise<Response> {
  return guarded(async () => {
    const auth = await authorize(request, "editor");
    if (!auth.ok) return auth.response;
    const body = await readBodyUpTo(request, MAX_IMPORT_BYTES);
    if (!body) return tooLarge();

    const formatId = new URL(request.url).searchParams.get("format");
    let bytes = body;
    let fileName: string | null = null;
    const contentType = request.headers.get("content-type") ?? "";
    if (contentType.startsWith("multipart/form-data")) {
      let form: FormData;
      try {
        form = await new Response(body, { headers: { "content-type": contentType } }).formData();
      } catch {
        return badRequest([{ path: "body", message: "is not multipart form data (a form with a file field)" }]);
      }
      const file = form.get("file");
      if (!(file instanceof File)) return badRequest([{ path: "file", message: "must be a file field of the form" }]);
      fileName = file.name;
      bytes = new Uint8Array(await file.arrayBuffer());
    }
    const decoded = decodeUtf8(bytes, { bom: "strip" });
    if (!decoded.ok) return badRequest([{ path: "file", message: decoded.problem }]);
    const text = decoded.text;

    const format = formatOf(formatId, fileName);
    if (!format) {
      const known = IMPORT_FORMATS.map((known) => known.id).join(", ");
      return badRequest([{ path: "format", message: formatId ? `must be one of ${known}` : `is required (one of ${known}) unless the file name ends in .json or .csv` }]);
    }
    if (!text.trim()) return badRequest([{ path: "file", message: "is empty" }]);

    const result = format.import(text);
    if (result.issues.length) {
      const count = result.issues.length;
      return apiError(400, `the file has ${count} problem${count === 1 ? "" : "s"}; nothing was imported`, result.issues);
    }
    if (!result.events.length) return badRequest([{ path: "file", message: "holds no events" }, ...result.leftOut]);

    const totals = await storeImportedEvents(auth.store.db, result.events, { format: format.id, title: result.title });
    const answer: ImportAnswer = { format: format.id, title: result.title, ...totals, leftOut: result.leftOut };
    return json(answer);
  });
}
