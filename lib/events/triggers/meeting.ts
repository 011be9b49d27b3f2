import type { TriggerRule } from "./rule";

// Meetings, talks and summits: التقى، استقبل، اجتمع، محادثات، لقاء، قمة.
export const meetingRules: TriggerRule[] = [
  { name: "meeting.verb.met", type: "meeting", tense: "past", words: "التقى|التقت|التقيا|التقوا|التقتا|استقبل|استقبلت|استقبلا|اجتمع|اجتمعت|اجتمعا|اجتمعوا", confidence: 0.85 },
  { name: "meeting.verb.held-talks", type: "meeting", tense: "past", words: "أجرى محادثات|أجرت محادثات|أجريا محادثات|عقد لقاء|عقد اجتماعا|عقدت اجتماعا|عقدا اجتماعا|عقد لقاءً|عقدا لقاء", confidence: 0.85 },
  { name: "meeting.verb.will-meet", type: "meeting", tense: "future", words: "سيلتقي|ستلتقي|سيستقبل|ستستقبل|سيجتمع|ستجتمع|سيعقد لقاء|سيعقد اجتماعا", confidence: 0.75 },
  { name: "meeting.verb.meets", type: "meeting", tense: "present", words: "يلتقي|تلتقي|يستقبل|تستقبل|يجتمع|تجتمع", confidence: 0.7 },
  { name: "meeting.noun.meeting", type: "meeting", tense: "noun", words: "لقاء|لقائه|لقاءه|لقائها|لقاءها|لقائهما|اجتماع|اجتماعه|اجتماعها|اجتماعهما|محادثات|محادثاته|مباحثات|قمة", confidence: 0.65 },
  // "في مؤتمر صحافي مع نظيره": a press conference with a counterpart is a meeting of the two.
  { name: "meeting.noun.joint-press", type: "meeting", tense: "noun", words: "مؤتمر صحافي|مؤتمر صحفي|مؤتمرا صحافيا|مؤتمرا صحفيا", needsAfter: "مع|مشترك", confidence: 0.6 },
  // Sessions of councils and parliaments are meetings of their members.
  { name: "meeting.verb.session", type: "meeting", tense: "past", words: "افتتح|افتتحت|انعقد|انعقدت|ينعقد|سينعقد", confidence: 0.6 },
  { name: "meeting.verb.held-session", type: "meeting", tense: "past", words: "عقد|عقدت", needsAfter: "جلس", confidence: 0.6 },
  { name: "meeting.noun.session", type: "meeting", tense: "noun", words: "جلسة|جلسات|انعقاد|مؤتمر|افتتاح", confidence: 0.5 },
];
