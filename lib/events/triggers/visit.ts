import type { TriggerRule } from "./rule";

// Visits and arrivals: زار، وصل إلى، توجه إلى، زيارة.
export const visitRules: TriggerRule[] = [
  { name: "visit.verb.visited", type: "visit", tense: "past", words: "زار|زارت|زارا|زاروا|قام بزيارة|قامت بزيارة", confidence: 0.85 },
  { name: "visit.verb.will-visit", type: "visit", tense: "future", words: "سيزور|ستزور|سيقوم بزيارة|ستقوم بزيارة", confidence: 0.75 },
  { name: "visit.verb.visits", type: "visit", tense: "present", words: "يزور|تزور|يقوم بزيارة|تقوم بزيارة", confidence: 0.75 },
  { name: "visit.verb.arrived", type: "visit", tense: "past", words: "وصل|وصلت|وصلا|وصلوا|توجه|توجهت|توجها|توجهوا|حط|حطت", needsPlace: true, confidence: 0.8 },
  { name: "visit.verb.will-arrive", type: "visit", tense: "future", words: "سيصل|ستصل|سيتوجه|ستتوجه", needsPlace: true, confidence: 0.7 },
  { name: "visit.verb.arrives", type: "visit", tense: "present", words: "يصل|تصل|يتوجه|تتوجه", needsPlace: true, confidence: 0.65 },
  { name: "visit.noun.visit", type: "visit", tense: "noun", words: "زيارة|زيارته|زيارتها|زيارتهم|زيارتهما|زيارات", confidence: 0.7 },
  { name: "visit.noun.arrival", type: "visit", tense: "noun", words: "وصوله|وصولها|وصولهم|رحلته|رحلتها|جولته|جولتها", needsPlace: true, confidence: 0.6 },
];
