// The export and import formats, for route handlers (`?format=<id>`) and the pages that list them.
// A route serves an export as
//   const format = exportFormat(id);            // null: answer 400 with the known ids
//   new Response(format.export(details, { title, eventUrl }), { headers: {
//     "Content-Type": format.mime,
//     "Content-Disposition": `attachment; filename="chronicle.${format.extension}"` } });
// and an import as importFormat(id).import(text), storing `events` and showing `issues`.
import { exportIcalendar } from "./icalendar";
import { exportJsonLd } from "./jsonld";
import { exportPlover } from "./plover";
import { exportCsv, importCsv } from "./spreadsheet";
import { exportTimelineJs, importTimelineJs } from "./timelinejs";
import type { ExportFormat, ExportFormatId, ImportFormat, ImportFormatId } from "./types";

export type { ExportFormat, ExportFormatId, ExportOptions, ImportedEvent, ImportFormat, ImportFormatId, ImportIssue, ImportResult } from "./types";

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: "timelinejs", label: "TimelineJS3 JSON", mime: "application/json; charset=utf-8", extension: "json", export: exportTimelineJs },
  { id: "csv", label: "CSV (Excel)", mime: "text/csv; charset=utf-8; header=present", extension: "csv", export: exportCsv },
  { id: "ics", label: "iCalendar", mime: "text/calendar; charset=utf-8", extension: "ics", export: exportIcalendar },
  { id: "jsonld", label: "JSON-LD (schema.org)", mime: "application/ld+json; charset=utf-8", extension: "jsonld", export: exportJsonLd },
  { id: "plover", label: "PLOVER JSONL", mime: "application/x-ndjson; charset=utf-8", extension: "jsonl", export: exportPlover },
];

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  { id: "timelinejs", label: "TimelineJS3 JSON", accept: ["application/json", ".json"], import: importTimelineJs },
  { id: "csv", label: "CSV (spreadsheet)", accept: ["text/csv", ".csv"], import: importCsv },
];

/** The export format with this id, or null (for a clear 400 on an unknown `?format=`). */
export function exportFormat(id: string): ExportFormat | null {
  return EXPORT_FORMATS.find((format) => format.id === id) ?? null;
}

export function importFormat(id: string): ImportFormat | null {
  return IMPORT_FORMATS.find((format) => format.id === id) ?? null;
}

export function isExportFormatId(id: string): id is ExportFormatId {
  return exportFormat(id) !== null;
}

export function isImportFormatId(id: string): id is ImportFormatId {
  return importFormat(id) !== null;
}
