import { describe, expect, it } from "vitest";
import { tagTemporal } from "../temporal";
import { extractEvents } from "./extractor";
import { timexAt } from "./testing";

const ids = (e: { participants: { actorId: string }[] }) => e.participants.map((p) => p.actorId);

describe("dating by the governing expression (seed 000)", () => {
  const text =
    "التقى وزير الدفاع العماد علي محمود عباس، اليوم الأحد نظيره الإيراني العميد عزيز نصير زاده، في العاصمة دمشق، وذلك بعدما وصل ظهر أمس إلى العاصمة بدعوة من العماد عباس.";
  const events = extractEvents(text, [timexAt(text, "اليوم الأحد", "2024-11-17"), timexAt(text, "ظهر أمس", "2024-11-16")], {
    published: "2024-11-17",
  });

  it("dates each clause by its own expression", () => {
    expect(events.map((e) => [e.type, e.date.edtf, e.dateInferred])).toEqual([
      ["meeting", "2024-11-17", false],
      ["visit", "2024-11-16", false],
    ]);
  });
  it("finds the parties, the guest as the visitor, a normalised place, a title and the excerpt", () => {
    const [meeting, visit] = events;
    expect(ids(meeting)).toEqual(["person:ali-mahmoud-abbas", "person:aziz-nasirzadeh"]);
    expect(meeting.place).toBe("دمشق");
    expect(meeting.title).toBe("لقاء علي محمود عباس وعزيز نصير زاده");
    expect(meeting.excerpt).toEqual({ start: 0, end: text.length });
    expect(meeting.rule).toBe("meeting.verb.met+date:timex");
    expect(meeting.confidence).toBeGreaterThan(0.5);
    // "بعدما وصل … بدعوة من العماد عباس": the host invited; the one who arrived is the guest.
    expect(ids(visit)).toEqual(["person:aziz-nasirzadeh"]);
    expect(visit.place).toBe("دمشق");
  });
});

describe("dating through another event", () => {
  it("resolves 'one day after X's visit' through the visit it is measured from (seed 000)", () => {
    const text =
      "وصل وزير الدفاع الإيراني عزيز نصير زاده ظهر أمس إلى دمشق.\nوجاءت زيارة وزير الدفاع الإيراني بعد يوم واحد من زيارة كبير مستشاري قائد الثورة الإسلامية علي لاريجاني، وشدد خلال لقاءه الرئيس بشار الأسد، على دعم سوريا.";
    const events = extractEvents(text, [timexAt(text, "ظهر أمس", "2024-11-16")], { published: "2024-11-17" });
    const larijani = events.find((e) => e.type === "visit" && ids(e).includes("person:ali-larijani"));
    expect(larijani?.date.edtf).toBe("2024-11-15");
    expect(larijani?.dateInferred).toBe(true);
    expect(larijani?.rule).toBe("visit.noun.visit+date:anchor");
  });
});

describe("the narrowest range the text allows", () => {
  it("dates an undated meeting on a trip between the arrival and the publication (seed 003)", () => {
    const headline = "الحرب الاستخباراتية والإلكترونية.. إيران تؤكّد ضرورة توسيع التعاون في كافة المجالات مع سورية";
    const text =
      `${headline}\n${headline}\n` +
      "وصل وزير الدفاع السوري، العماد “علي محمود عباس”، إلى العاصمة طهران الإثنين، على رأس وفد رسمي.\nوخلال لقاء عقده مع قائد الحرس الثوري الإيراني “حسين سلامي”، قال “عباس”: “إن سورية ستلقن العدو دروسا لن ينساها أبداً”.";
    const events = extractEvents(text, [timexAt(text, "الإثنين", "2023-01-23")], { published: "2023-01-25" });
    const meeting = events.find((e) => e.type === "meeting");
    expect(meeting?.date).toMatchObject({ edtf: "2023-01-23/2023-01-25", precision: "range" });
    expect(meeting?.dateInferred).toBe(true);
    expect(ids(meeting!)).toEqual(["person:ali-mahmoud-abbas", "person:hossein-salami"]);
    // What was said at the meeting is part of it, not a statement event of its own; the
    // headline's present-tense "تؤكّد" is no dated event either.
    expect(events.map((e) => e.type)).toEqual(["visit", "meeting"]);
  });
});

describe("offices resolve to their holder on the event's day", () => {
  it("reads 'the Iranian defence minister' of August 2018 as Amir Hatami, and his counterpart", () => {
    const text = "وكان وزير الدفاع الإيراني قد توجه الشهر الماضي إلى دمشق، حيث وقع مع نظيره السوري اتفاقا للتعاون الدفاعي بين البلدين.";
    const events = extractEvents(text, [timexAt(text, "الشهر الماضي", "2018-08")], { published: "2018-09-03" });
    const visit = events.find((e) => e.type === "visit");
    const agreement = events.find((e) => e.type === "agreement");
    expect(visit && ids(visit)).toEqual(["person:amir-hatami"]);
    expect(agreement && ids(agreement)).toEqual(["person:amir-hatami", "person:ali-abdullah-ayyoub"]);
    expect(agreement?.participants[0].office).toBe("office:iran:defence-minister");
  });
});

describe("scheduled events and statements", () => {
  it("splits a host's scheduled meetings with several people and marks them scheduled (ant-SK-middleEast-3481)", () => {
    const text =
      "ووصل ظريف صباح الاثنين إلى دمشق لإجراء محادثات.\nوبحسب وكالة الأنباء إيسنا، سيلتقي ظريف في دمشق الرئيس السوري بشار الأسد، ثم رئيس الوزراء عماد خميس، ووزير الخارجية وليد المعلم.";
    const text2 = `قال وزير الخارجية الإيراني، محمد جواد ظريف، إن محافظة إدلب يجب تطهيرها.\n${text}`;
    const events = extractEvents(text2, [timexAt(text2, "صباح الاثنين", "2018-09-03")], { published: "2018-09-03" });
    const meetings = events.filter((e) => e.type === "meeting");
    expect(meetings.map((m) => ids(m)[1])).toEqual(["person:bashar-al-assad", "person:imad-khamis", "person:walid-muallem"]);
    expect(meetings.every((m) => m.scheduled && m.date.edtf === "2018-09-03")).toBe(true);
  });
  it("reports a lead statement on the publication day but not an undated quote further down", () => {
    const text = "قال وزير الخارجية الإيراني، محمد جواد ظريف، إن محافظة إدلب يجب تطهيرها.\nوتعد إدلب آخر معاقل المسلحين.\nوقال ظريف إن الاجتماع سيركز على محاربة الجماعات المتشددة.";
    const statements = extractEvents(text, [], { published: "2018-09-03" }).filter((e) => e.type === "statement");
    expect(statements.map((s) => [s.date.edtf, s.dateInferred, s.rule])).toEqual([["2018-09-03", true, "statement.verb.said+date:lead"]]);
  });
});

describe("bad input", () => {
  it("rejects a publication date that is not a day", () => {
    expect(() => extractEvents("نص", [], { published: "yesterday" })).toThrow(/yyyy-mm-dd/);
  });
});

describe("titles", () => {
  it("name a state by the register's name, not the adjective the article used (seed 000)", () => {
    const text = "وتتزامن الزيارة مع تكثيف الغارات \"الإسرائيلية\" على سوريا، إذ شهد تشرين الثاني الجاري لغاية اليوم 12 عدواناً \"إسرائيلياً\" استهدف بنى تحتية.";
    const events = extractEvents(text, tagTemporal(text, { published: "2024-11-17" }), { published: "2024-11-17" });
    const attack = events.find((e) => e.type === "attack");
    expect(attack?.participants.map((p) => p.name)).toContain("الإسرائيلية");
    expect(attack?.title.startsWith("هجوم إسرائيل")).toBe(true);
  });
});

describe("what the unseen gold taught as phenomena", () => {
  it("dates a named official's statement in a report of the day's news by the publication", () => {
    const text =
      "أعلنت إيران اليوم الإثنين رفضها أي تعديل للاتفاق النووي.\nوأضافت الوكالة أن طهران تنتظر الرد.\nوتابع المتحدث أن الموقف لن يتغير.\nوقال وزير الخارجية الفرنسي جان إيف لو دريان إن بلاده متمسكة بموقفها.";
    const events = extractEvents(text, tagTemporal(text, { published: "2018-05-07" }), { published: "2018-05-07" });
    const said = events.find((e) => e.type === "statement" && e.participants.some((p) => p.name.includes("لو دريان")));
    expect(said?.date.edtf).toBe("2018-05-07");
  });
  it("does not report a state visiting itself", () => {
    const text = "وصلت سوريا إلى دمشق اليوم الأحد.";
    const events = extractEvents(text, tagTemporal(text, { published: "2018-04-15" }), { published: "2018-04-15" });
    expect(events.filter((e) => e.type === "visit" && ids(e).includes("state:syria"))).toEqual([]);
  });
  it("drops targets and projections years ahead of the article", () => {
    const text = "وأطلقت الحكومة خطة تنفذ بحلول عام 2050 لتطوير الزراعة، وأعلنت الوزارة اليوم الأحد بدء المرحلة الأولى.";
    const events = extractEvents(text, tagTemporal(text, { published: "2023-01-29" }), { published: "2023-01-29" });
    expect(events.every((e) => e.date.firstDay <= "2025-12-31")).toBe(true);
  });
});
