// Realistic Arabic events with their citations, shared by the exchange tests: a day, a month,
// a range, a week, a statement (which PLOVER drops) and text full of characters that formats
// must escape.
import type { CitationView, EventDetail, SourceSummary } from "../api-types";
import type { ChronicleEvent, DateSpan, EventType, Participant } from "../model";

const athrPress: SourceSummary = {
  id: "src-athr-1",
  outlet: "أثر برس",
  url: "https://athrpress.com/بدعوة-من-نظيره-السوري-وزير-الدفاع-الإي/سياسة",
  published: "2024-11-17",
  title: "بدعوة من نظيره السوري.. وزير الدفاع الإيراني يصل إلى دمشق",
};

const sana: SourceSummary = {
  id: "src-sana-7",
  outlet: "سانا",
  url: "https://sana.sy/?p=2156789",
  published: "2024-11-18",
  title: null,
};

const clickNews: SourceSummary = {
  id: "src-click-3",
  outlet: "Click News",
  url: null,
  published: "2023-01-25",
  title: "الحرب الاستخباراتية والإلكترونية.. إيران تؤكّد ضرورة توسيع التعاون في كافة المجالات مع سورية",
};

const office = (actorId: string, name: string): Participant => ({ actorId, name, kind: "office" });
const state = (actorId: string, name: string): Participant => ({ actorId, name, kind: "state" });

function event(id: string, type: EventType, title: string, date: DateSpan, extra: Partial<ChronicleEvent> = {}): ChronicleEvent {
  return {
    id,
    type,
    title,
    titleEn: null,
    ...date,
    participants: [],
    place: null,
    reviewStatus: "confirmed",
    confidence: 0.9,
    rule: "test",
    scheduled: false,
    dateInferred: false,
    corroboration: 1,
    ...extra,
  };
}

function citation(eventId: string, index: number, source: SourceSummary, excerpt: string, date: string): CitationView {
  return {
    id: `${eventId}-c${index}`,
    eventId,
    sourceId: source.id,
    excerptStart: 0,
    excerptEnd: excerpt.length,
    timexText: null,
    timexStart: null,
    timexEnd: null,
    date,
    excerpt,
    source,
  };
}

const syrianMinister = office("actor-sy-mod", "وزير الدفاع السوري");
const iranianMinister = office("actor-ir-mod", "وزير الدفاع الإيراني");

export const defenceMeeting: EventDetail = {
  event: event(
    "evt-meeting-1",
    "meeting",
    "لقاء وزيري الدفاع السوري والإيراني",
    { edtf: "2024-11-17", firstDay: "2024-11-17", lastDay: "2024-11-17", precision: "day" },
    { participants: [syrianMinister, iranianMinister], place: "دمشق", corroboration: 2 },
  ),
  citations: [
    citation(
      "evt-meeting-1",
      1,
      athrPress,
      "التقى وزير الدفاع السوري العماد علي محمود عباس، اليوم الأحد، نظيره الإيراني العميد عزيز نصير زاده في دمشق،\nوبحث الجانبان تعزيز التعاون العسكري.",
      "2024-11-17",
    ),
    citation("evt-meeting-1", 2, sana, "بحث وزيرا الدفاع السوري والإيراني في دمشق أمس التعاون الثنائي.", "2024-11-17"),
  ],
};

export const militaryAgreement: EventDetail = {
  event: event(
    "evt-agreement-2",
    "agreement",
    'توقيع اتفاقية "التعاون العسكري الشامل", بين سوريا وإيران; في دمشق \\ تموز',
    { edtf: "2020-07", firstDay: "2020-07-01", lastDay: "2020-07-31", precision: "month" },
    { participants: [state("actor-sy", "سوريا"), state("actor-ir", "إيران")], place: "دمشق" },
  ),
  citations: [
    citation(
      "evt-agreement-2",
      1,
      clickNews,
      "وفي تموز 2020 وقّعت سوريا وإيران اتفاقية شاملة للتعاون العسكري، تعزّز أنظمة الدفاع الجوي السورية.",
      "2020-07",
    ),
  ],
};

export const ministerVisit: EventDetail = {
  event: event(
    "evt-visit-3",
    "visit",
    "زيارات متبادلة لوفود عسكرية إيرانية إلى دمشق",
    { edtf: "2024-11-01/2024-11-17", firstDay: "2024-11-01", lastDay: "2024-11-17", precision: "range" },
    { participants: [iranianMinister, state("actor-sy", "سوريا")], place: "دمشق" },
  ),
  citations: [
    citation(
      "evt-visit-3",
      1,
      athrPress,
      "تواصلت منذ مطلع الشهر الجاري زيارات الوفود العسكرية الإيرانية إلى العاصمة السورية.",
      "2024-11-01/2024-11-17",
    ),
  ],
};

export const airStrikes: EventDetail = {
  event: event(
    "evt-attack-4",
    "attack",
    "غارات على محيط دمشق",
    { edtf: "2018-W07", firstDay: "2018-02-12", lastDay: "2018-02-18", precision: "week" },
    { participants: [state("actor-il", "إسرائيل")], place: "ريف دمشق" },
  ),
  citations: [citation("evt-attack-4", 1, sana, "شنت طائرات إسرائيلية غارات على محيط دمشق الأسبوع الماضي.", "2018-W07")],
};

export const ministerStatement: EventDetail = {
  event: event(
    "evt-statement-5",
    "statement",
    "وزير الدفاع الإيراني يؤكد دعم سوريا",
    { edtf: "2024-11-17", firstDay: "2024-11-17", lastDay: "2024-11-17", precision: "day" },
    { participants: [iranianMinister] },
  ),
  citations: [citation("evt-statement-5", 1, athrPress, "أكد وزير الدفاع الإيراني وقوف بلاده إلى جانب سوريا.", "2024-11-17")],
};

export const allDetails: EventDetail[] = [defenceMeeting, militaryAgreement, ministerVisit, airStrikes, ministerStatement];
