import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { airStrikes, allDetails, defenceMeeting, militaryAgreement } from "./fixtures";
import { CSV_COLUMNS, exportCsv, importCsv } from "./spreadsheet";

describe("exportCsv", () => {
  const text = exportCsv(allDetails);
  const [header, ...rows] = parseCsv(text);

  it("starts with a UTF-8 BOM so Excel shows Arabic, and ends records with CRLF", () => {
    expect(text.startsWith("\uFEFFid,date,first_day,")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(allDetails.length);
  });

  it("keeps EDTF values, days and precision, and every cited URL", () => {
    const byId = new Map(rows.map((row) => [row[0], Object.fromEntries(header.map((name, index) => [name, row[index]]))]));
    expect(byId.get("evt-meeting-1")).toEqual({
      id: "evt-meeting-1",
      date: "2024-11-17",
      first_day: "2024-11-17",
      last_day: "2024-11-17",
      precision: "day",
      type: "meeting",
      title: "لقاء وزيري الدفاع السوري والإيراني",
      participants: "وزير الدفاع السوري; وزير الدفاع الإيراني",
      place: "دمشق",
      sources: "https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة\nhttps://sana.sy/?p=2156789",
      excerpt: defenceMeeting.citations.map((citation) => citation.excerpt).join("\n\n"),
      review_status: "confirmed",
    });
    expect(byId.get("evt-agreement-2")).toMatchObject({ date: "2020-07", first_day: "2020-07-01", last_day: "2020-07-31", precision: "month", sources: "" });
    expect(byId.get("evt-visit-3")).toMatchObject({ date: "2024-11-01/2024-11-17", precision: "range" });
    expect(byId.get("evt-attack-4")).toMatchObject({ date: "2018-W07", precision: "week" });
    expect(byId.get("evt-agreement-2")?.title).toBe(militaryAgreement.event.title);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const formula = { ...defenceMeeting, event: { ...defenceMeeting.event, title: '=HYPERLINK("http://evil.example","انقر")' } };
    const [, row] = parseCsv(exportCsv([formula]));
    expect(row[6]).toBe(`'=HYPERLINK("http://evil.example","انقر")`);
    expect(importCsv(exportCsv([formula])).events[0].title).toBe(formula.event.title);
  });
});

describe("importCsv", () => {
  it("reads Chronicle's own export back, weeks included", () => {
    const result = importCsv(exportCsv(allDetails));
    expect(result.issues).toEqual([]);
    expect(result.events).toHaveLength(allDetails.length);
    result.events.forEach((imported, index) => {
      const { event } = allDetails[index];
      expect(imported).toMatchObject({
        edtf: event.edtf,
        firstDay: event.firstDay,
        lastDay: event.lastDay,
        precision: event.precision,
        title: event.title,
        type: event.type,
        place: event.place,
        participants: event.participants.map((participant) => participant.name),
        origin: `row ${index + 2}`,
      });
    });
    expect(result.events[0].sourceUrls).toEqual(["https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة", "https://sana.sy/?p=2156789"]);
    expect(result.events[3]).toMatchObject({ edtf: airStrikes.event.edtf, precision: "week" });
  });

  it("reads a newsroom spreadsheet: header variants, day-first dates, end dates, Arabic digits", () => {
    const sheet = [
      "Start Date,End_Date,HEADLINE,Description,Source URL",
      "17/11/2024,,لقاء وزيري الدفاع السوري والإيراني,بحث الجانبان، في دمشق، التعاون العسكري,https://athrpress.com/a",
      "2020-07,,توقيع اتفاقية تعاون عسكري,,https://sana.sy/?p=1 https://sana.sy/?p=2",
      "١/١١/٢٠٢٤,17/11/2024,زيارات متبادلة,,",
      ",,,,",
      '2024,,,"عام اللقاءات\nتفاصيل",',
    ].join("\n");
    const result = importCsv(sheet);
    expect(result.issues).toEqual([]);
    expect(result.events).toEqual([
      {
        edtf: "2024-11-17",
        firstDay: "2024-11-17",
        lastDay: "2024-11-17",
        precision: "day",
        title: "لقاء وزيري الدفاع السوري والإيراني",
        text: "بحث الجانبان، في دمشق، التعاون العسكري",
        type: "other",
        place: null,
        participants: [],
        sourceUrls: ["https://athrpress.com/a"],
        origin: "row 2",
      },
      expect.objectContaining({ edtf: "2020-07", precision: "month", sourceUrls: ["https://sana.sy/?p=1", "https://sana.sy/?p=2"], origin: "row 3" }),
      expect.objectContaining({ edtf: "2024-11-01/2024-11-17", firstDay: "2024-11-01", lastDay: "2024-11-17", precision: "range" }),
      expect.objectContaining({ edtf: "2024", precision: "year", title: "عام اللقاءات", text: "عام اللقاءات\nتفاصيل", origin: "row 6" }),
    ]);
  });

  it("reads Arabic headers and semicolon-separated files", () => {
    const result = importCsv("\uFEFFالتاريخ;العنوان;النوع;المصدر\n2024-11-17;لقاء وزيري الدفاع;meeting;https://sana.sy/?p=9\n");
    expect(result.issues).toEqual([]);
    expect(result.events[0]).toMatchObject({ edtf: "2024-11-17", title: "لقاء وزيري الدفاع", type: "meeting", sourceUrls: ["https://sana.sy/?p=9"] });
  });

  it("reads the TimelineJS Google Sheets template, skipping its title and era rows", () => {
    const sheet = [
      "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background",
      ",,,,,,,,,العلاقات السورية الإيرانية,مقدمة,,,,,title,,",
      "2020,7,,,,,,,,اتفاقية عسكرية,,https://example.org/photo.jpg,,,,,agreement,",
      "2024,11,1,,2024,11,17,,,زيارات,,,,,,,,",
      "2011,,,,2024,,,,,حقبة,,,,,,era,,",
    ].join("\r\n");
    const result = importCsv(sheet);
    expect(result.issues).toEqual([]);
    expect(result.title).toBe("العلاقات السورية الإيرانية");
    expect(result.events).toHaveLength(2);
    expect(result.events[0]).toMatchObject({ edtf: "2020-07", precision: "month", type: "agreement", sourceUrls: ["https://example.org/photo.jpg"] });
    expect(result.events[1]).toMatchObject({ edtf: "2024-11-01/2024-11-17", precision: "range", origin: "row 4" });
  });

  it("keeps a template's Text as text, its links and its Media as the sources, and leaves out BCE and cosmological rows", () => {
    const sheet = [
      "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background",
      '2024,11,17,,,,,,,لقاء وزيري الدفاع,"<p>التقى الوزيران في <b>دمشق</b> &amp; بحثا التعاون. <a href=""https://sana.sy/?p=2"">سانا</a></p>",https://athrpress.com/a,أثر برس,,,,,',
      "-500,,,,,,,,,حدث قبل الميلاد,نص,,,,,,,",
      "-13800000000,,,,,,,,,الانفجار العظيم,نص,,,,,,,",
      "2020,,,,,,,,,,,,,,,,,",
    ].join("\n");
    const result = importCsv(sheet);
    expect(result.issues).toEqual([{ path: "row 5, Headline", message: "the row has neither a headline nor text to name the event by" }]);
    expect(result.events).toEqual([
      expect.objectContaining({ title: "لقاء وزيري الدفاع", text: "التقى الوزيران في دمشق & بحثا التعاون. سانا", sourceUrls: ["https://sana.sy/?p=2", "https://athrpress.com/a"] }),
    ]);
    expect(result.leftOut).toEqual([
      { path: "row 3, Year", message: "a year before the common era (-500) is outside the years 1-9999 Chronicle keeps; the row is left out" },
      { path: "row 4, Year", message: "a cosmological year (-13800000000) is outside the years 1-9999 Chronicle keeps; the row is left out" },
    ]);
  });

  it("reads Chronicle's own CSV export back as the same events: dates, week precision, sources in order", () => {
    const result = importCsv(exportCsv(allDetails));
    expect(result.issues).toEqual([]);
    expect(result.events.map((event) => [event.edtf, event.firstDay, event.lastDay, event.precision, event.title, event.type, event.place, event.participants, event.sourceUrls])).toEqual(
      allDetails.map(({ event, citations }) => [event.edtf, event.firstDay, event.lastDay, event.precision, event.title, event.type, event.place, event.participants.map((p) => p.name), [...new Set(citations.flatMap((c) => (c.source.url ? [c.source.url] : [])))]]),
    );
  });

  it("names the row and column of every bad cell and keeps the good rows", () => {
    const sheet = [
      "date,end date,headline,text,source url",
      "31/02/2024,,تاريخ مستحيل,,",
      "2024-11-17,2024-11-01,نهاية قبل البداية,,",
      "2024-11-17,,مصدر بلا رابط,,سانا",
      ",,بلا تاريخ,,",
      "2024-11-17,,,,",
      "2024-11-17,,لقاء وزيري الدفاع السوري والإيراني,,https://sana.sy/?p=3",
    ].join("\n");
    const result = importCsv(sheet);
    expect(result.issues).toEqual([
      { path: "row 2, date", message: '"31/02/2024" is not a date: February 2024 has no day 31 (it has 29 days)' },
      { path: "row 3, end date", message: "the end (2024-11-01) is before the start (2024-11-17)" },
      { path: "row 4, source url", message: '"سانا" is not a web address (http:// or https://)' },
      { path: "row 5, date", message: "the row has no date" },
      { path: "row 6, headline", message: "the row has neither a headline nor text to name the event by" },
    ]);
    expect(result.events.map((event) => event.origin)).toEqual(["row 7"]);
  });

  it("says which columns a header lacks, and where a file is malformed", () => {
    expect(importCsv("name,notes\nx,y\n").issues).toEqual([
      { path: "row 1", message: 'the header needs a date column ("date", or "year" with "month" and "day"); it has name, notes' },
    ]);
    expect(importCsv("headline,text\nx,y\n").issues[0].message).toMatch(/^the header needs a date column/);
    expect(importCsv('date,headline\n2024,"لم يغلق\n').issues).toEqual([{ path: "line 2", message: "line 2: a quoted field is never closed" }]);
    expect(importCsv("").issues[0].path).toBe("row 1");
  });

  it("reports a non-number in the Year/Month/Day columns against that column", () => {
    const result = importCsv("Year,Month,Day,Headline\n2024,نوفمبر,17,لقاء\n2024,2,30,لقاء\n");
    expect(result.issues).toEqual([
      { path: "row 2, Month", message: '"نوفمبر" is not a whole number' },
      { path: "row 3, Year", message: "February 2024 has no day 30 (it has 29 days)" },
    ]);
  });
});
