import type { TriggerRule } from "./rule";

// What else a chronology lists: elections, resignations, appointments, deaths, sanctions,
// protests, strikes, arrests, rulings and decrees, sessions, foundings, withdrawals, invasions.
export const otherRules: TriggerRule[] = [
  { name: "other.election", type: "other", tense: "noun", words: "انتخابات|الانتخابات|انتخاب", confidence: 0.6 },
  { name: "other.elected", type: "other", tense: "past", words: "انتخب|انتخبت|فاز|فازت|أجريت|أجرى|جرت", confidence: 0.6 },
  { name: "other.resignation", type: "other", tense: "noun", words: "استقالة|استقالته|استقالتها", confidence: 0.6 },
  { name: "other.resigned", type: "other", tense: "past", words: "استقال|استقالت|قدم استقالة|قدمت استقالتها|قدم استقالته", confidence: 0.7 },
  { name: "other.appointed", type: "other", tense: "past", words: "عين|عينت|كلف|كلفت|فوض|فوضت|عزل|أقال|أقالت", confidence: 0.6 },
  { name: "other.death", type: "other", tense: "past", words: "توفي|توفيت|لقي حتفه|لقوا حتفهم|أودى بحياة|أودت بحياة|استشهد|قتل|قتلت", confidence: 0.6 },
  { name: "other.death-noun", type: "other", tense: "noun", words: "وفاة|مقتل|رحيل|استشهاد", confidence: 0.5 },
  { name: "other.sanctions", type: "other", tense: "past", words: "فرض|فرضت", needsAfter: "عقوب", confidence: 0.7 },
  { name: "other.protest", type: "other", tense: "past", words: "تظاهر|تظاهرت|تظاهروا|احتج|احتجت|احتجوا|تجمع|تجمعت|أضرب|أضربت|اعتصم", confidence: 0.65 },
  { name: "other.protest-noun", type: "other", tense: "noun", words: "تظاهرات|تظاهرة|مظاهرات|مظاهرة|احتجاجات|احتجاج|إضراب|إضرابا|اعتصام|مهرجانا|مهرجان|تجمع انتخابي", confidence: 0.55 },
  { name: "other.arrest", type: "other", tense: "past", words: "اعتقل|اعتقلت|اعتقلوا|اعتقال|أوقفت|خطف|اختطف|أفرج|أفرجت|أطلق سراح", confidence: 0.6 },
  { name: "other.ruling", type: "other", tense: "past", words: "أصدر|أصدرت|قرر|قررت|أقر|أقرت|ألغى|ألغت|علق|علقت|رفض|رفضت|حكم|حكمت|صادق|صادقت|عرض|عرضت", confidence: 0.55 },
  { name: "other.ruling-noun", type: "other", tense: "noun", words: "حكم|قرار|مرسوم|مرسوما|إلغاء|تعليق", confidence: 0.45 },
  { name: "other.session", type: "other", tense: "past", words: "افتتح|افتتحت|عقد|عقدت|أنهى|أنهت|بدأ|بدأت|انطلق|انطلقت|انعقد|انعقدت", confidence: 0.55 },
  { name: "other.session-noun", type: "other", tense: "noun", words: "جلسة|انعقاد|مؤتمر|افتتاح|بدء|انطلاق", confidence: 0.45 },
  { name: "other.founded", type: "other", tense: "past", words: "تأسس|تأسست|أسس|أسست|شكله|شكلها|ولد|ولدت", confidence: 0.55 },
  { name: "other.withdrawal", type: "other", tense: "past", words: "انسحب|انسحبت|غادر|غادرت|تدخل|تدخلت|دخلت|دخل|عادت|عاد|أرسل|أرسلت", confidence: 0.5 },
  { name: "other.invasion", type: "other", tense: "noun", words: "غزو|انسحاب|إطاحة|الإطاحة|اكتشاف|ضبط|إحباط|تدخل", confidence: 0.45 },
];
