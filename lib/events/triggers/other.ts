import type { TriggerRule } from "./rule";

// What else a chronology lists: elections, resignations, appointments, deaths, sanctions,
// protests, strikes, arrests, rulings and decrees, sessions, foundings, withdrawals, invasions.
export const otherRules: TriggerRule[] = [
  { name: "other.election", label: "انتخابات", type: "other", tense: "noun", words: "انتخابات|الانتخابات|انتخاب", confidence: 0.6 },
  { name: "other.elected", label: "انتخابات", type: "other", tense: "past", words: "انتخب|انتخبت|فاز|فازت|أجريت|أجرى|جرت", confidence: 0.6 },
  { name: "other.resignation", label: "استقالة", type: "other", tense: "noun", words: "استقالة|استقالته|استقالتها", confidence: 0.6 },
  { name: "other.resigned", label: "استقالة", type: "other", tense: "past", words: "استقال|استقالت|قدم استقالة|قدمت استقالتها|قدم استقالته", confidence: 0.7 },
  { name: "other.appointed", label: "تكليف", type: "other", tense: "past", words: "عين|عينت|كلف|كلفت|فوض|فوضت|عزل|أقال|أقالت", confidence: 0.6 },
  { name: "other.death", label: "مقتل", type: "other", tense: "past", words: "توفي|توفيت|لقي حتفه|لقوا حتفهم|أودى بحياة|أودت بحياة|استشهد|قتل|قتلت", confidence: 0.6 },
  { name: "other.death-noun", label: "مقتل", type: "other", tense: "noun", words: "وفاة|مقتل|رحيل|استشهاد", confidence: 0.5 },
  { name: "other.sanctions", label: "عقوبات", type: "other", tense: "past", words: "فرض|فرضت", needsAfter: "عقوب", confidence: 0.7 },
  { name: "other.protest", label: "احتجاج", type: "other", tense: "past", words: "تظاهر|تظاهرت|تظاهروا|احتج|احتجت|احتجوا|تجمع|تجمعت|أضرب|أضربت|اعتصم", confidence: 0.65 },
  { name: "other.protest-noun", label: "احتجاج", type: "other", tense: "noun", words: "تظاهرات|تظاهرة|مظاهرات|مظاهرة|احتجاجات|احتجاج|إضراب|إضرابا|اعتصام|مهرجانا|مهرجان|تجمع انتخابي", confidence: 0.55 },
  { name: "other.arrest", label: "اعتقال", type: "other", tense: "past", words: "اعتقل|اعتقلت|اعتقلوا|اعتقال|أوقفت|خطف|اختطف|أفرج|أفرجت|أطلق سراح", confidence: 0.6 },
  { name: "other.ruling", label: "قرار", type: "other", tense: "past", words: "أصدر|أصدرت|قرر|قررت|أقر|أقرت|ألغى|ألغت|علق|علقت|رفض|رفضت|صادق|صادقت|عرض|عرضت", unlessWritten: "عرّض|عرّضت", confidence: 0.55 },
  { name: "other.ruling-noun", label: "قرار", type: "other", tense: "noun", words: "حكم|قرار|مرسوم|مرسوما|إلغاء|تعليق", confidence: 0.45 },
  { name: "other.began", label: "بدء", type: "other", tense: "past", words: "أنهى|أنهت|بدأ|بدأت|انطلق|انطلقت", confidence: 0.55 },
  { name: "other.began-noun", label: "بدء", type: "other", tense: "noun", words: "بدء|انطلاق", confidence: 0.45 },
  { name: "other.designated", label: "قرار", type: "other", tense: "past", words: "صنف|صنفت|استدعى|استدعت|أمر|أمرت", confidence: 0.55 },
  { name: "other.founded", label: "تأسيس", type: "other", tense: "past", words: "تأسس|تأسست|أسس|أسست|شكله|شكلها|ولد|ولدت", confidence: 0.55 },
  { name: "other.withdrawal", label: "تحرك", type: "other", tense: "past", words: "انسحب|انسحبت|غادر|غادرت|تدخل|تدخلت|دخلت|دخل|عادت|عاد|أرسل|أرسلت", confidence: 0.5 },
  { name: "other.invasion", label: "تطور", type: "other", tense: "noun", words: "غزو|انسحاب|إطاحة|الإطاحة|اكتشاف|ضبط|إحباط|تدخل", confidence: 0.45 },
];
