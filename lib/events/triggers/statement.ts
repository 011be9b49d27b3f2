import type { TriggerRule } from "./rule";

// Statements: قال، أكد، أعلن، صرّح، حذّر، نفى، دعا، بيان، كلمة، مؤتمر صحفي. Continuations
// (أضاف، تابع، أردف) are deliberately absent: they continue a statement already reported.
export const statementRules: TriggerRule[] = [
  {
    name: "statement.verb.said",
    type: "statement",
    tense: "past",
    words:
      "قال|قالت|قالا|قالوا|أكد|أكدت|أكدا|أكدوا|أعلن|أعلنت|أعلنا|أعلنوا|صرح|صرحت|حذر|حذرت|حذروا|نفى|نفت|أفاد|أفادت|شدد|شددت|دعا|دعت|دعوا|دان|دانت|أدان|أدانت|ندد|نددت|كشف|كشفت|أوضح|أوضحت|اعتبر|اعتبرت|وصف|وصفت|ذكرت|طالب|طالبت|هدد|هددت|اتهم|اتهمت|توقع|توقعت|رحب|رحبت|أعرب|أعربت|أعربوا|أبدى|أبدت|انتقد|انتقدت|أشاد|أشادت|اقترح|اقترحت",
    confidence: 0.6,
  },
  { name: "statement.verb.expressed", type: "statement", tense: "past", words: "عبر|عبرت|عبروا", needsAfter: "عن", confidence: 0.55 },
  { name: "statement.verb.reported", type: "statement", tense: "past", words: "نقلت|نقل|أوردت|نشرت", confidence: 0.45 },
  { name: "statement.verb.says", type: "statement", tense: "present", words: "يقول|تقول|يؤكد|تؤكد|يعلن|تعلن|يدعو|تدعو|يكشف|تكشف|يحذر|تحذر|ينفي|تنفي", confidence: 0.5 },
  { name: "statement.noun.speech", type: "statement", tense: "noun", words: "بيان|بيانا|كلمة|خطاب|خطابه|مؤتمرا صحفيا|مؤتمر صحفي|مؤتمرا صحافيا|مؤتمر صحافي|تصريح|تصريحات|مقابلة", confidence: 0.5 },
];
