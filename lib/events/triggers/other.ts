import type { TriggerRule } from "./rule";

// What else a chronology lists: elections, resignations, appointments, deaths, sanctions,
// protests, strikes, arrests, rulings and decrees, sessions, foundings, withdrawals, invasions.
export const otherRules: TriggerRule[] = [
  { name: "other.election", label: "انتخابات", type: "other", tense: "noun", words: "انتخابات|الانتخابات|انتخاب", confidence: 0.6 },
  { name: "other.elected", label: "انتخابات", type: "other", tense: "past", words: "انتخب|انتخبت|فاز|فازت", confidence: 0.6 },
  // "جرت اشتباكات", "أجرى اتصالاً": held is an election only of a vote.
  { name: "other.election-held", label: "انتخابات", type: "other", tense: "past", words: "أجريت|أجرى|جرت|أجري", needsAfter: "انتخاب|اقتراع|تصويت|استفتاء", confidence: 0.6 },
  { name: "other.resignation", label: "استقالة", type: "other", tense: "noun", words: "استقالة|استقالته|استقالتها", confidence: 0.6 },
  { name: "other.resigned", label: "استقالة", type: "other", tense: "past", words: "استقال|استقالت|قدم استقالة|قدمت استقالتها|قدم استقالته", confidence: 0.7 },
  { name: "other.appointed", label: "تكليف", type: "other", tense: "past", words: "عين|عينت|كلف|كلفت|فوض|فوضت|عزل|أقال|أقالت", confidence: 0.6 },
  { name: "other.death", label: "وفاة", type: "other", tense: "past", words: "توفي|توفيت", confidence: 0.6 },
  { name: "other.death-noun", label: "وفاة", type: "other", tense: "noun", words: "وفاة|رحيل", confidence: 0.5 },
  { name: "other.crash", label: "تحطم", type: "other", tense: "past", words: "تحطمت|تحطم|سقطت|ارتطمت|ارتطام|اصطدمت|تصادم|غرقت|غرق", confidence: 0.6 },
  { name: "other.in-force", label: "بدء سريان", type: "other", tense: "past", words: "دخلت|دخل|تدخل|يدخل|ستدخل|سيدخل|دخول", needsAfter: "حيز التنفيذ|حيز النفاذ", confidence: 0.7 },
  { name: "other.verdict", label: "حكم", type: "other", tense: "past", words: "قضت|قضى|حكمت|حكم|أدانت|برأت", needsAfter: "محكم|بسجن|بالسجن|بإعدام|بالإعدام|بتمديد|ببراءة|بحبس|بالحبس|قاض", confidence: 0.65 },
  { name: "other.trial", label: "محاكمة", type: "other", tense: "noun", words: "محاكمة|محاكمته|محاكمتها", confidence: 0.5 },
  { name: "other.referendum", label: "استفتاء", type: "other", tense: "noun", words: "استفتاء|الاستفتاء", confidence: 0.55 },
  { name: "other.coup", label: "انقلاب", type: "other", tense: "noun", words: "انقلاب|محاولة انقلاب|المحاولة الانقلابية", confidence: 0.5 },
  { name: "other.siege", label: "حصار", type: "other", tense: "past", words: "طوق|طوقت|حاصر|حاصرت|تطويق|أحكمت|سيطرت|سيطر", confidence: 0.55 },
  { name: "other.displacement", label: "نزوح", type: "other", tense: "past", words: "فر|فروا|فرت|نزح|نزحوا|نزوح|فرار", confidence: 0.5 },
  { name: "other.recognition", label: "اعتراف", type: "other", tense: "past", words: "اعترف|اعترفت|اعتراف", confidence: 0.55 },
  { name: "other.occupation", label: "احتلال", type: "other", tense: "past", words: "احتل|احتلت|احتلوا|ضمت|ضم", needsAfter: "ال", confidence: 0.55 },
  { name: "other.resumed", label: "استئناف", type: "other", tense: "past", words: "استأنف|استأنفت|استأنفوا|استئناف", confidence: 0.5 },
  { name: "other.disappeared", label: "اختفاء", type: "other", tense: "past", words: "اختفت|اختفى|فقد الاتصال|فقدت", confidence: 0.5 },
  { name: "other.sanctions", label: "عقوبات", type: "other", tense: "past", words: "فرض|فرضت|أعاد فرض|أعادت فرض|تفرض|يفرض|ستفرض|سيفرض|شدد|شددت", needsAfter: "عقوب", confidence: 0.7 },
  { name: "other.protest", label: "احتجاج", type: "other", tense: "past", words: "تظاهر|تظاهرت|تظاهروا|احتج|احتجت|احتجوا|تجمع|تجمعت|أضرب|أضربت|اعتصم", confidence: 0.65 },
  { name: "other.protest-noun", label: "احتجاج", type: "other", tense: "noun", words: "تظاهرات|تظاهرة|مظاهرات|مظاهرة|احتجاجات|احتجاج|إضراب|إضرابا|اعتصام|مهرجانا|مهرجان|تجمع انتخابي", confidence: 0.55 },
  { name: "other.arrest", label: "اعتقال", type: "other", tense: "past", words: "اعتقل|اعتقلت|اعتقلوا|اعتقال|أوقفت|خطف|اختطف|أفرج|أفرجت|أطلق سراح|أطلق سراحه|أطلق سراحها|أطلق سراحهم|ألقت القبض|ألقى القبض|ألقي القبض|إلقاء القبض", confidence: 0.6 },
  { name: "other.ruling", label: "قرار", type: "other", tense: "past", words: "أصدر|أصدرت|قرر|قررت|أقر|أقرت|ألغى|ألغت|علق|علقت|رفض|رفضت|صادق|صادقت|عرض|عرضت", unlessWritten: "عرّض|عرّضت", confidence: 0.55 },
  // "بدا" (seemed) folds like بدأ (began): written without its hamza it is the other verb.
  { name: "other.began", label: "بدء", type: "other", tense: "past", words: "أنهى|أنهت|بدأ|بدأت|انطلق|انطلقت", unlessWritten: "بدا", confidence: 0.55 },
  { name: "other.began-noun", label: "بدء", type: "other", tense: "noun", words: "بدء|انطلاق", confidence: 0.45 },
  { name: "other.designated", label: "قرار", type: "other", tense: "past", words: "صنف|صنفت|استدعى|استدعت|أمر|أمرت", confidence: 0.55 },
  { name: "other.founded", label: "تأسيس", type: "other", tense: "past", words: "تأسس|تأسست|أسس|أسست|شكله|شكلها|ولد|ولدت", confidence: 0.55 },
  { name: "other.withdrawal", label: "تحرك", type: "other", tense: "past", words: "انسحب|انسحبت|غادر|غادرت|تدخل|تدخلت|دخلت|دخل|عادت|عاد|أرسل|أرسلت", confidence: 0.5 },
  { name: "other.invasion", label: "تطور", type: "other", tense: "noun", words: "غزو|انسحاب|إطاحة|الإطاحة|اكتشاف|ضبط|إحباط|تدخل", confidence: 0.45 },
];
