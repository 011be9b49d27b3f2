import { describe, expect, it } from "vitest";
import { z } from "zod";
import { airStrikes, allDetails, defenceMeeting, militaryAgreement, ministerVisit } from "./fixtures";
import { exportTimelineJs, importTimelineJs, toTimelineJs } from "./timelinejs";

// The slide format documented at https://timeline.knightlab.com/docs/json-format.html, strict:
// any field TimelineJS does not know, or a value of the wrong kind, fails.
const documentedDate = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
});
const documentedText = z.strictObject({ headline: z.string(), text: z.string() });
const documentedSlide = z.strictObject({
  start_date: documentedDate,
  end_date: documentedDate.optional(),
  text: documentedText,
  group: z.string().optional(),
  unique_id: z.string().regex(/^[\w-]+$/),
  // Chronicle's own fields, named as such, for what TimelineJS cannot write (it ignores them).
  chronicle_edtf: z.string().optional(),
  chronicle_precision: z.string().optional(),
});
const documentedTimeline = z.strictObject({
  title: z.strictObject({ text: documentedText }).optional(),
  events: z.array(documentedSlide),
});

describe("exportTimelineJs", () => {
  const document = JSON.parse(exportTimelineJs(allDetails, { title: "سوريا وإيران: تعاون عسكري" }));

  it("matches the documented TimelineJS3 JSON format", () => {
    expect(documentedTimeline.safeParse(document).error?.issues).toBeUndefined();
    expect(document.title.text.headline).toBe("سوريا وإيران: تعاون عسكري");
    expect(document.events.map((slide: { unique_id: string }) => slide.unique_id)).toEqual(allDetails.map((detail) => detail.event.id));
  });

  it("writes a day as year, month and day, and a month without a day", () => {
    const [meeting, agreement] = toTimelineJs([defenceMeeting, militaryAgreement]).events;
    expect(meeting.start_date).toEqual({ year: 2024, month: 11, day: 17 });
    expect(meeting.end_date).toBeUndefined();
    expect(agreement.start_date).toEqual({ year: 2020, month: 7 });
    expect(agreement.end_date).toBeUndefined();
  });

  it("gives ranges and weeks an end_date", () => {
    const [visit, strikes] = toTimelineJs([ministerVisit, airStrikes]).events;
    expect(visit.start_date).toEqual({ year: 2024, month: 11, day: 1 });
    expect(visit.end_date).toEqual({ year: 2024, month: 11, day: 17 });
    expect(strikes.start_date).toEqual({ year: 2018, month: 2, day: 12 });
    expect(strikes.end_date).toEqual({ year: 2018, month: 2, day: 18 });
  });

  it("escapes article text and links each source in the slide text", () => {
    const [meeting, agreement] = toTimelineJs([defenceMeeting, militaryAgreement]).events;
    expect(agreement.text.headline).toBe("توقيع اتفاقية &quot;التعاون العسكري الشامل&quot;, بين سوريا وإيران; في دمشق \\ تموز");
    expect(meeting.text.text).toContain('<a href="https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة">أثر برس, 2024-11-17</a>');
    expect(meeting.text.text).toContain("<p>وزير الدفاع السوري، وزير الدفاع الإيراني — دمشق</p>");
    // A source without a URL is named, not linked.
    expect(agreement.text.text).toContain("<p>Click News, 2023-01-25</p>");
    expect(meeting.group).toBe("meeting");
  });
});

describe("importTimelineJs", () => {
  it("reads Chronicle's own export back with dates, precision, type and sources intact", () => {
    const result = importTimelineJs(exportTimelineJs(allDetails, { title: "تسلسل زمني" }));
    expect(result.issues).toEqual([]);
    expect(result.title).toBe("تسلسل زمني");
    const [meeting, agreement, visit, strikes] = result.events;
    for (const [imported, original] of [[meeting, defenceMeeting], [agreement, militaryAgreement], [visit, ministerVisit]] as const) {
      expect(imported).toMatchObject({
        edtf: original.event.edtf,
        firstDay: original.event.firstDay,
        lastDay: original.event.lastDay,
        precision: original.event.precision,
        title: original.event.title,
        type: original.event.type,
      });
    }
    expect(meeting.sourceUrls).toEqual(["https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة", "https://sana.sy/?p=2156789"]);
    expect(agreement.sourceUrls).toEqual([]);
    expect(meeting.text).toContain("التقى وزير الدفاع السوري العماد علي محمود عباس");
    // A week has no TimelineJS form: the slide spans its days and carries the week beside them.
    expect(strikes).toMatchObject({ edtf: "2018-W07", firstDay: "2018-02-12", lastDay: "2018-02-18", precision: "week" });
    expect(result.leftOut).toEqual([]);
  });

  it("takes a slide's chronicle_edtf only when it means the slide's own days", () => {
    const slide = (chronicle_edtf: string) => ({ start_date: { year: 2018, month: 2, day: 12 }, end_date: { year: 2018, month: 2, day: 18 }, text: { headline: "غارات" }, chronicle_edtf, chronicle_precision: "week" });
    const result = importTimelineJs(JSON.stringify({ events: [slide("2018-W07"), slide("2018-W08"), slide("<b>x</b>"), slide("2018-02")] }));
    expect(result.events.map((event) => [event.edtf, event.precision])).toEqual([["2018-W07", "week"], ...Array(3).fill(["2018-02-12/2018-02-18", "range"])]);
  });

  it("imports the common-era slides of a file with BCE and cosmological years, and reports the rest", () => {
    const result = importTimelineJs(
      JSON.stringify({
        events: [
          { start_date: { year: -13800000000 }, text: { headline: "الانفجار العظيم" } },
          { start_date: { year: "-3000" }, end_date: { year: -2500 }, text: { headline: "عصر البرونز" } },
          { start_date: { year: -44, month: 3, day: 15 }, text: { headline: "اغتيال قيصر" } },
          { start_date: { year: 1200 }, end_date: { year: 12000 }, text: { headline: "إلى المستقبل" } },
          { start_date: { year: 2024, month: 11, day: 17 }, text: { headline: "لقاء وزيري الدفاع" } },
        ],
      }),
    );
    expect(result.issues).toEqual([]);
    expect(result.events.map((event) => [event.title, event.edtf])).toEqual([["لقاء وزيري الدفاع", "2024-11-17"]]);
    expect(result.leftOut).toEqual([
      { path: "events[0].start_date", message: "a cosmological year (-13800000000) is outside the years 1-9999 Chronicle keeps; the slide is left out" },
      { path: "events[1].start_date", message: "a year before the common era (-3000) is outside the years 1-9999 Chronicle keeps; the slide is left out" },
      { path: "events[2].start_date", message: "a year before the common era (-44) is outside the years 1-9999 Chronicle keeps; the slide is left out" },
      { path: "events[3].end_date", message: "year 12000 is outside the years 1-9999 Chronicle keeps; the slide is left out" },
    ]);
  });

  it("reads spreadsheet-made files: numbers as strings, empty fields, media links, HTML text", () => {
    const file = JSON.stringify({
      title: { text: { headline: "<b>العلاقات</b> السورية الإيرانية", text: "" } },
      events: [
        {
          start_date: { year: "2020", month: "7", day: "" },
          end_date: "",
          text: { headline: "اتفاقية عسكرية", text: "<p>وقّع الجانبان &amp; <a href='mailto:x@y.z'>راسلونا</a></p><script>alert(1)</script>" },
          media: { url: "https://example.org/photo.jpg", link: "https://sana.sy/?p=1" },
          group: "Agreement",
        },
        { start_date: { year: 2024 }, text: { text: "عام من اللقاءات\nتفاصيل" } },
      ],
    });
    const result = importTimelineJs(file);
    expect(result.issues).toEqual([]);
    expect(result.title).toBe("العلاقات السورية الإيرانية");
    expect(result.events[0]).toEqual({
      edtf: "2020-07",
      firstDay: "2020-07-01",
      lastDay: "2020-07-31",
      precision: "month",
      title: "اتفاقية عسكرية",
      text: "وقّع الجانبان & راسلونا",
      type: "agreement",
      place: null,
      participants: [],
      sourceUrls: ["https://sana.sy/?p=1", "https://example.org/photo.jpg"],
      origin: "events[0]",
    });
    expect(result.events[1]).toMatchObject({ edtf: "2024", precision: "year", title: "عام من اللقاءات", type: "other" });
  });

  it("reports each bad slide by its path and keeps the good ones", () => {
    const result = importTimelineJs(
      JSON.stringify({
        events: [
          { text: { headline: "بلا تاريخ" } },
          { start_date: { year: 2024, month: 13 }, text: { headline: "شهر خاطئ" } },
          { start_date: { year: 2024, month: 11, day: 17 }, end_date: { year: 2024, month: 11, day: 1 }, text: { headline: "نهاية قبل البداية" } },
          { start_date: { year: "ألفين" }, text: { headline: "سنة بالكلمات" } },
          { start_date: { year: 2024, month: 11, day: 17 }, text: { headline: "لقاء وزيري الدفاع السوري والإيراني" } },
          { start_date: { year: 2024 } },
          "slide",
        ],
      }),
    );
    expect(result.issues).toEqual([
      { path: "events[0].start_date", message: "is required: every event needs a date" },
      { path: "events[1].start_date", message: "month 13 is outside 1-12" },
      { path: "events[2].end_date", message: "the end (2024-11-01) is before the start (2024-11-17)" },
      { path: "events[3].start_date.year", message: 'must be a whole number, not "ألفين"' },
      { path: "events[5].text.headline", message: "the slide has neither a headline nor text to name the event by" },
      { path: "events[6]", message: "must be an object (a slide)" },
    ]);
    expect(result.events.map((event) => event.title)).toEqual(["لقاء وزيري الدفاع السوري والإيراني"]);
  });

  it("rejects what is not a TimelineJS file", () => {
    expect(importTimelineJs("{events: ").issues[0]).toMatchObject({ path: "", message: expect.stringMatching(/^not JSON: /) });
    expect(importTimelineJs('{"slides": []}').issues).toEqual([{ path: "events", message: "must be a list of slides" }]);
    expect(importTimelineJs("[]").issues).toEqual([{ path: "", message: "must be a TimelineJS object {title, events}" }]);
  });
});
