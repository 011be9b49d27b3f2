import { IMPORT_FORMATS, importFormat, type ImportFormat } from "@/lib/exchange";
import { storeImportedEvents, type ImportAnswer } from "@/lib/import";
import { authorize } from "../_lib/auth";
import { apiError, badRequest, guarded, json } from "../_lib/respond";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Larger than any hand-kept chronology; a bigger upload is refused before it is parsed. */
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
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_IMPORT_BYTES) return tooLarge();

    const formatId = new URL(request.url).searchParams.get("format");
    let text: string;
    let fileName: string | null = null;
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      const file = (await request.formData()).get("file");
      if (!(file instanceof File)) return badRequest([{ path: "file", message: "must be a file field of the form" }]);
      fileName = file.name;
      text = await file.text();
    } else {
      text = await request.text();
    }
    if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) return tooLarge();

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
    if (!result.events.length) return badRequest([{ path: "file", message: "holds no events" }]);

    const totals = await storeImportedEvents(auth.store.db, result.events, { format: format.id, title: result.title });
    const answer: ImportAnswer = { format: format.id, title: result.title, ...totals };
    return json(answer);
  });
}
