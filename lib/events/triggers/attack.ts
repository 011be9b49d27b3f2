import type { TriggerRule } from "./rule";

// Attacks: غارة، قصف، استهدف، هجوم، عدوان، ضربة، اغتيال، تفجير، مجزرة.
export const attackRules: TriggerRule[] = [
  { name: "attack.verb.struck", type: "attack", tense: "past", words: "قصف|قصفت|استهدف|استهدفت|استهدفوا|اغتال|اغتالت|اغتيل|فجر|فجرت|داهم|داهمت", confidence: 0.75 },
  { name: "attack.verb.launched", type: "attack", tense: "past", words: "شن|شنت|شنوا|نفذ|نفذت|نفذوا|أطلق|أطلقت|أطلقوا", needsAfter: "غار|هجوم|هجمات|ضرب|صاروخ|صواريخ|قذائف|النار|عملي|مسيرات|طائر", confidence: 0.7 },
  { name: "attack.verb.committed", type: "attack", tense: "past", words: "ارتكب|ارتكبت|ارتكبوا", needsAfter: "مجزر|مجازر|جرائم|جريمة|اعتداء|عدوان", confidence: 0.7 },
  { name: "attack.noun.strike", type: "attack", tense: "noun", words: "غارة|غارات|قصف|هجوم|هجوما|هجمات|عدوان|عدوانا|اعتداء|اعتداءات|ضربة|ضربات|استهداف|اغتيال|تفجير|تفجيرات|انفجار|مجزرة|مجازر", confidence: 0.6 },
  { name: "attack.noun.operation", type: "attack", tense: "noun", words: "عملية|عمليات|عمليتين", needsAfter: "ضد|استهدف", confidence: 0.55 },
];
