import type { TriggerRule } from "./rule";

// Attacks: غارة، قصف، استهدف، هجوم، عدوان، ضربة، اغتيال، تفجير، مجزرة; shooting down (أسقط،
// إسقاط), repelling (صدّ، تصدّى), killing (قُتل، مقتل، استشهد) and an offensive under way (تشن هجوماً).
export const attackRules: TriggerRule[] = [
  { name: "attack.verb.struck", type: "attack", tense: "past", words: "قصف|قصفت|استهدف|استهدفت|استهدفوا|اغتال|اغتالت|اغتيل|فجرت|فجروا|داهم|داهمت", confidence: 0.75 },
  { name: "attack.verb.launched", type: "attack", tense: "past", words: "شن|شنت|شنوا|نفذ|نفذت|نفذوا|أطلق|أطلقت|أطلقوا", needsAfter: "غار|هجوم|هجمات|ضرب|صاروخ|صواريخ|قذائف|النار|عملي|مسيرات|طائر", confidence: 0.7 },
  { name: "attack.verb.committed", type: "attack", tense: "past", words: "ارتكب|ارتكبت|ارتكبوا", needsAfter: "مجزر|مجازر|جرائم|جريمة|اعتداء|عدوان", confidence: 0.7 },
  { name: "attack.noun.strike", type: "attack", tense: "noun", words: "غارة|غارات|قصف|هجوم|هجوما|هجمات|عدوان|عدوانا|اعتداء|اعتداءات|ضربة|ضربات|استهداف|اغتيال|تفجير|تفجيرات|انفجار|مجزرة|مجازر", confidence: 0.6 },
  { name: "attack.verb.downed", type: "attack", tense: "past", words: "أسقط|أسقطت|أسقطوا|أسقطا", confidence: 0.7 },
  { name: "attack.noun.downing", type: "attack", tense: "noun", words: "إسقاط", confidence: 0.55 },
  { name: "attack.verb.repelled", type: "attack", tense: "past", words: "صد|صدت|صدوا|تصدى|تصدت|أحبط|أحبطت", needsAfter: "هجوم|هجمات|هجوما|طائر|مسير|صاروخ|صواريخ|توغل|تقدم|محاول", confidence: 0.6 },
  { name: "attack.verb.wages", type: "attack", tense: "present", words: "تشن|يشن|تواصل|يواصل", needsAfter: "هجوم|هجوما|غارات|غار|حملة عسكرية|عملية عسكرية|قصف", confidence: 0.6 },
  // Killing is what an attack did; a death from illness or age is "other" (توفي، وفاة).
  { name: "attack.verb.killed", type: "attack", tense: "past", words: "قتل|قتلت|قتلوا|قتلا|استشهد|استشهدت|استشهدوا|لقي حتفه|لقوا حتفهم|لقيت حتفها|أودى بحياة|أودت بحياة", confidence: 0.6 },
  { name: "attack.noun.killing", type: "attack", tense: "noun", words: "مقتل|استشهاد", confidence: 0.5 },
  { name: "attack.verb.operation-began", type: "attack", tense: "past", words: "بدأت|بدأ|انطلقت|أطلقت|أطلق", needsAfter: "عملية عسكرية|عمليته العسكرية|العملية العسكرية|هجوما|الهجوم|حملة عسكرية", confidence: 0.65 },
  { name: "attack.noun.operation", type: "attack", tense: "noun", words: "عملية|عمليات|عمليتين", needsAfter: "ضد|استهدف", confidence: 0.55 },
];
