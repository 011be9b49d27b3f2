// Whether a noun phrase the register does not know can name a party to an event: a person,
// office, state or organisation ("وزير الخارجية الألماني هايكو ماس", "جاكوب زوما", "مصدر خاص"),
// or the thing an event happened to ("الطائرة", "المعاهدة", "قافلة مساعدات"). What it cannot be
// is a fragment of the clause around it: a particle or auxiliary ("وقد", "تكون الطائرة"), a
// preposition's object ("للحد", "بقطعة"), a possessed act ("استقالته", "بسجنه") or a report
// about the event ("تقارير بمقتل", "عمليات البحث"). Works on folded text (see arabic.ts).
import { fold } from "./arabic";

/** First words that open a fragment of a clause rather than a phrase naming a party. */
const NOT_A_PARTY = new Set(
  fold(
    "قد|وقد|لقد|تكون|يكون|كان|كانت|يكن|تكن|هذه|هذا|ذلك|تلك|هناك|أكثر|عدد|أي|كل|بعض|خلال|بعد|قبل|منذ|حتى|عن|على|إلى|في|من|مع|لدى|إن|أن|إنه|أنه|ما|لا|لم|لن|" +
      "الذي|التي|الذين|اللذين|اللتين|كي|لكي|لأن|بل|أو|ثم|لكن|لكنه|لكنها|لكنهم|تحت|فوق|عند|ضد|دون|بين|وسط|أمام|خلف|حول|عبر|لأجل|" +
      "أحداث|الأحداث|حدث|المشهد|الوضع|الأوضاع|دعوات|الشخصيات|الأمور|الأمر|أمر|القضية|الحرب|حرب|الأزمة|أزمة|ملوحا|ملوحة|تقارير|تقرير|عمليات|عملية|أنباء|معلومات|حيز|التنفيذ|نحو|حوالي",
  ).split("|"),
);
/** A preposition fused to the article: للحد، بالهجوم. */
const FUSED_PREPOSITION = /^و?(?:لل|بال|كال)/u;
/** An act possessed by a pronoun: استقالته، محاكمتها، بسجنه. */
const POSSESSED = /(?:ته|تها|تهم|تهما|نه|نها)$/u;

/** The word without a leading و/ف (وزير keeps its و only when the rest is no word of the lists). */
function withoutConjunction(word: string): string {
  return word.replace(/^[وف](?=\S{3,})/u, "");
}

export function isPartyPhrase(foldedPhrase: string): boolean {
  const words = foldedPhrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const first = words[0];
  const bare = withoutConjunction(first);
  if (NOT_A_PARTY.has(first) || NOT_A_PARTY.has(bare)) return false;
  if (FUSED_PREPOSITION.test(first)) return false;
  return !(words.length === 1 && POSSESSED.test(first));
}

/** Titles that open a phrase naming an official: "وزير الخارجية الفرنسي جان إيف لو دريان". */
const OFFICIAL_TITLES = new Set(
  fold("وزير|وزيرة|رئيس|رئيسة|الرئيس|نائب|المتحدث|متحدث|الناطق|ناطق|سفير|السفير|قائد|القائد|زعيم|الزعيم|أمين|الأمين|مدير|المدير|مستشار|المستشار|مبعوث|المبعوث|مندوب|المندوب|الملك|الأمير|ولي").split("|"),
);

/** Whether an unregistered phrase names an official by title (what a statement of the day needs). */
export function namesOfficial(foldedPhrase: string): boolean {
  const first = foldedPhrase.trim().split(/\s+/)[0] ?? "";
  return OFFICIAL_TITLES.has(first) || OFFICIAL_TITLES.has(withoutConjunction(first));
}
