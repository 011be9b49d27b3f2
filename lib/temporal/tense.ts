// The direction rule: a bare weekday or month points back when its clause is in the past and
// forward when the clause speaks of the future (سـ/سوف + verb, لن, من المقرر, المقبل …).
// News narrates in the past, so past is the default when no future cue is near.
import { lastLetterRuns, letterRuns } from "./chars";
import type { Direction } from "./types";

const FUTURE_WORDS = new Set([
  "سوف", "لن", "المقرر", "مقرر", "المنتظر", "المتوقع", "المرتقب", "مرتقب", "المزمع", "يعتزم", "تعتزم", "ينوي", "تنوي",
  "يتوقع", "ستكون", "سيكون", "المقبل", "المقبله", "القادم", "القادمه", "غدا", "سيتم", "ستتم",
]);

/** Words that begin like سـ + imperfect verb but are nouns: سياسة، سيارة، ستة، سنة … */
const NOT_A_FUTURE_VERB = /^(?:سيا|سيط|سيد|سين|سير|سيف|سيل|سيول|سيم|سيك|سيج|ستين|ستار|سته|ستو|ستر|ستا|سنه|سنو|سنين|سني|سنغ|سنت|سند|سنا|سنب|سنج|سنن)/;
const FUTURE_VERB = /^(?:و|ف)?س[يتن][\p{L}]{2,}$/u;
/**
 * Words that begin like a third-person imperfect verb (يـ) and are not one, or not a future:
 * nouns (يوم، يونيو، اليمن), names (يوسف، ياسر، يائير) and fixed phrases (يذكر أن، يبدو).
 */
const NOT_AN_IMPERFECT = /^(?:يوم|يون|يول|ينا|يمن|يمين|يد|يهود|يسار|يابان|يورو|يوغ|ينبغي|يذكر|يشار|يجدر|يعد|يعني|يبدو|يقال|يمكن|يوسف|يحي|يزيد|يعقوب|يونس|ياسر|ياسين|يائير|يوا|يولي|يوري|يوشع|يسري|يمني|يان|ياس)/;
const IMPERFECT = /^و?ي[\p{L}]{3,}$/u;

const SINCE_BEFORE = /منذ\s*$/;
const NEGATED_PAST = "لم";
const LEADING_COMMA = /^\s*[،,]/;
/** "وأبلغه": و glued to a word without the article opens a new clause. */
const CONJOINED_VERB = /^و(?!ال)\p{L}{3,}$/u;
/** 1 for the code of each mark that ends a sentence: . ! ? ؟ ؛ and a new line. */
const SENTENCE_END = new Uint8Array(0x10000);
for (const mark of ".!?؟؛\n") SENTENCE_END[mark.charCodeAt(0)] = 1;
/** Global, to search from a given index (lastIndex) without a slice or a test per character. */
const CLAUSE_END_AFTER = /[.!?؟؛\n،,]/g;
const WORDS_BEFORE = 16;
const WORDS_AFTER = 3;
const IMPERFECT_REACH = 2;
/** A new clause starts after these: "… الاثنين وأبلغه أن سوريا ستبدأ". */
const CLAUSE_OPENERS = new Set(["ان", "انه", "بان", "الذي", "التي", "حيث", "لكن", "بينما"]);

const WAW = "و".charCodeAt(0);
const FA = "ف".charCodeAt(0);
const SIN = "س".charCodeAt(0);

/** The word without a leading conjunction و or ف. */
function withoutConjunction(word: string): string {
  const first = word.charCodeAt(0);
  return first === WAW || first === FA ? word.slice(1) : word;
}

export function isFutureWord(word: string): boolean {
  if (FUTURE_WORDS.has(word)) return true;
  const bare = withoutConjunction(word);
  if (bare !== word && FUTURE_WORDS.has(bare)) return true;
  // Most words do not start with سـ: no need to try the pattern on them.
  return bare.charCodeAt(0) === SIN && FUTURE_VERB.test(word) && !NOT_A_FUTURE_VERB.test(bare);
}

function isImperfectVerb(word: string): boolean {
  return IMPERFECT.test(word) && !NOT_AN_IMPERFECT.test(withoutConjunction(word));
}

/** Whether the expression at `start` of the folded text comes right after منذ (since). */
export function followsSince(text: string, start: number): boolean {
  return SINCE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * The tense of the clause around [start, end) of the folded text: a future cue anywhere in the
 * sentence before it or in the few words after it (up to a comma or a new clause), or an
 * imperfect verb right before it ("اجتماع يعقد في السابع من سبتمبر").
 */
export function clauseDirection(text: string, start: number, end: number): Direction {
  // "منذ 7 أكتوبر" (since): whatever the sentence's tense, what it names is past.
  if (followsSince(text, start)) return "past";
  const before = wordsBefore(text, start, WORDS_BEFORE);
  const after = wordsAfter(text, end, WORDS_AFTER);
  const openerAt = after.findIndex((w) => CLAUSE_OPENERS.has(w) || CONJOINED_VERB.test(w));
  const sameClauseAfter = openerAt >= 0 ? after.slice(0, openerAt) : after;
  // "ستسمح الاثنين بإرسال مروحيات لم تتمكن من الإقلاع الأحد": a negated past (لم) nearer the
  // expression than the future cue closes that clause.
  const futureAt = before.findLastIndex(isFutureWord);
  if (futureAt >= 0 && before.lastIndexOf(NEGATED_PAST) > futureAt) return "past";
  if (futureAt >= 0 || sameClauseAfter.some(isFutureWord)) return "future";
  return nearestWords(text, start, IMPERFECT_REACH).some(isImperfectVerb) ? "future" : "past";
}

/** The last few words before start, up to a comma: "يطبق مسؤوليته ويستقيل، بعد فشل" stops at "،". */
function nearestWords(text: string, start: number, count: number): string[] {
  const from = Math.max(0, start - count * 12);
  const slice = text.slice(from, start);
  const comma = Math.max(slice.lastIndexOf("،"), slice.lastIndexOf(","));
  return lastLetterRuns(text, from + comma + 1, start, count);
}

function wordsBefore(text: string, start: number, count: number): string[] {
  const from = Math.max(0, start - count * 12);
  let sentence = start;
  while (sentence > from && !SENTENCE_END[text.charCodeAt(sentence - 1)]) sentence--;
  return lastLetterRuns(text, sentence, start, count);
}

/**
 * The few words after end, up to the end of the sentence or a comma, except a comma right
 * after the expression: "وفي يوم 11 آذار، ستجرى الانتخابات" reads on into its verb.
 */
function wordsAfter(text: string, end: number, count: number): string[] {
  const slice = text.slice(end, end + count * 14);
  CLAUSE_END_AFTER.lastIndex = LEADING_COMMA.test(slice) ? slice.indexOf(slice.trimStart()[0]) + 1 : 0;
  const clauseEnd = CLAUSE_END_AFTER.exec(slice)?.index ?? slice.length;
  return letterRuns(slice, 0, clauseEnd, count);
}
