import type { TriggerRule } from "./rule";

const PACT = "اتفاق|اتفاقا|اتفاقية|اتفاقيات|مذكرة|مذكرات|معاهدة|وثيقة|عليها|عليه";

// Agreements, treaties, alliances, truces: وقّع، توقيع، اتفق، توصل إلى اتفاق، شكّل تحالفاً، هدنة.
export const agreementRules: TriggerRule[] = [
  { name: "agreement.verb.signed", type: "agreement", tense: "past", words: "وقع|وقعت|وقعا|وقعوا|وقعتا|أبرم|أبرمت|أبرما", needsAfter: PACT, confidence: 0.85 },
  { name: "agreement.verb.agreed", type: "agreement", tense: "past", words: "اتفق|اتفقت|اتفقا|اتفقوا|توصل|توصلت|توصلا|توصلوا|التوصل", needsAfter: "اتفاق|تفاهم|هدنة|على", confidence: 0.8 },
  { name: "agreement.verb.allied", type: "agreement", tense: "past", words: "شكل|شكلت|شكلا|شكلوا|شكلتا", needsAfter: "تحالف|ائتلاف|كتلة", confidence: 0.7 },
  // Accepting a proposal or responding to a deal is agreeing to it.
  { name: "agreement.verb.accepted", type: "agreement", tense: "past", words: "وافق|وافقت|وافقوا|قبل|قبلت|تجاوب|تجاوبت", needsAfter: "مقترح|اقتراح|الاتفاق|اتفاق|صفقة|مبادرة|خطة|عرض", confidence: 0.65 },
  { name: "agreement.verb.will-sign", type: "agreement", tense: "future", words: "سيوقع|ستوقع|سيوقعان", needsAfter: PACT, confidence: 0.7 },
  { name: "agreement.noun.signing", type: "agreement", tense: "noun", words: "توقيع", needsAfter: "اتفاق|اتفاقية|مذكرة|معاهدة|وثيقة", confidence: 0.75 },
  { name: "agreement.noun.pact", type: "agreement", tense: "noun", words: "اتفاقية|اتفاق|هدنة|مذكرة تفاهم|معاهدة", confidence: 0.55 },
];
