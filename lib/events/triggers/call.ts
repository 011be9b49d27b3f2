import type { TriggerRule } from "./rule";

// Phone calls: اتصال هاتفي، مكالمة، بحث هاتفياً مع، اتصل بـ.
export const callRules: TriggerRule[] = [
  { name: "call.verb.phoned", type: "call", tense: "past", words: "بحث هاتفيا|بحثت هاتفيا|بحثا هاتفيا|تباحث هاتفيا|تباحثا هاتفيا|اتصل|اتصلت|هاتف|هاتفت|أجرى اتصالا|أجرت اتصالا|تلقى اتصالا|تلقت اتصالا", confidence: 0.85 },
  { name: "call.verb.will-phone", type: "call", tense: "future", words: "سيتصل|ستتصل", confidence: 0.7 },
  { name: "call.noun.phone-call", type: "call", tense: "noun", words: "اتصال هاتفي|اتصالا هاتفيا|اتصالاً هاتفياً|مكالمة هاتفية|مكالمة|مكالمته|اتصالات هاتفية", confidence: 0.8 },
];
