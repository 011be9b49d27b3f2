import { describe, expect, it } from "vitest";
import { allDetails } from "./fixtures";
import { EXPORT_FORMATS, IMPORT_FORMATS, exportFormat, importFormat, isExportFormatId, isImportFormatId } from "./index";

describe("format registry", () => {
  it("lists the five exports and two imports with distinct ids", () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual(["timelinejs", "csv", "ics", "jsonld", "plover"]);
    expect(IMPORT_FORMATS.map((format) => format.id)).toEqual(["timelinejs", "csv"]);
  });

  it("gives every export a MIME type with a charset, an extension, and output", () => {
    for (const format of EXPORT_FORMATS) {
      expect(format.mime).toMatch(/^[a-z]+\/[a-z+.-]+; charset=utf-8/);
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.export(allDetails, { generatedAt: new Date("2024-11-18T00:00:00Z") }).length).toBeGreaterThan(0);
    }
  });

  it("reads each export format's own output back where an importer exists", () => {
    for (const importer of IMPORT_FORMATS) {
      const exported = exportFormat(importer.id)?.export(allDetails) ?? "";
      const result = importer.import(exported);
      expect(result.issues).toEqual([]);
      expect(result.events.map((event) => event.title)).toEqual(allDetails.map((detail) => detail.event.title));
    }
  });

  it("finds formats by id and refuses unknown ones", () => {
    expect(exportFormat("ics")?.extension).toBe("ics");
    expect(exportFormat("xml")).toBeNull();
    expect(importFormat("csv")?.accept).toContain(".csv");
    expect(isExportFormatId("plover")).toBe(true);
    expect(isExportFormatId("pdf")).toBe(false);
    expect(isImportFormatId("ics")).toBe(false);
  });
});
