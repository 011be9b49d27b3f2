// Search normalisation, shared by indexing (what goes into the FTS5 tables) and querying (what
// a `q` becomes), so that both sides fold and stem alike. Letters are folded by
// lib/events/arabic.ts (diacritics and tatweel dropped; أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي),
// the same folding the extractors match with; this module adds words, clitics and suffixes.
//
// Light stemming without a dictionary is ambiguous: the ب of بدمشق is a preposition, the ب of
// بشار a root letter. So indexing stores every reading of a word (بدمشق and دمشق; بشار and شار),
// and a query word matches when one of its readings, with one common suffix removed, is a
// prefix of an indexed reading. A query word loses only the clitics that cannot be root letters
// (ال and what ends in it, and و as light stemmers do), so "كتاب" does not look for "تاب…"
// while "الكتاب" finds "بكتاب" (indexed as كتاب too).
import { foldWithMap } from "../events/arabic";

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Marks and tatweel after a word's last letter belong to it (a highlight must not split them off). */
const TRAILING_MARK = /[\p{M}\u0640]/u;

const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ك", "ل"];
const ARTICLE = "ال";
/** ل + ال is written لل (للاتفاق = ل + الاتفاق). */
const LAM_ARTICLE = "لل";
/** Longest first, after folding (ية → يه, ة → ه). Only one is removed. */
const SUFFIXES = ["هما", "كما", "يه", "ات", "ان", "ون", "ين", "ها", "هم", "هن", "كم", "نا", "ه", "ي"];
/** A clitic comes off only when at least this many letters stay. */
const MIN_STEM_AFTER_LETTER = 3;
const MIN_STEM_AFTER_ARTICLE = 2;
const MIN_STEM_AFTER_SUFFIX = 3;
/** Query words shorter than this are ignored: a one-letter prefix matches nearly everything. */
export const MIN_QUERY_WORD = 2;

export interface Word {
  /** Folded, lower-cased form. */
  text: string;
  /** Offsets in the original text: [start, end). */
  start: number;
  end: number;
}

/** The words of a text, folded and lower-cased, with where each stands in the original. */
export function words(text: string): Word[] {
  const folded = foldWithMap(text);
  const found: Word[] = [];
  for (const match of folded.folded.matchAll(WORD)) {
    const start = match.index;
    let end = folded.map[start + match[0].length - 1] + 1;
    while (end < text.length && TRAILING_MARK.test(text[end])) end += 1;
    found.push({
      text: match[0].toLowerCase().replace(ARABIC_INDIC_DIGIT, asciiDigit),
      start: folded.map[start],
      end,
    });
  }
  return found;
}

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Every reading of a folded word with its clitic prefixes (و/ف, then ب/ك/ل, then ال) removed or kept. */
export function readings(word: string): string[] {
  const found = new Set<string>([word]);
  const afterConjunction = [word];
  if (CONJUNCTIONS.includes(word[0]) && word.length - 1 >= MIN_STEM_AFTER_LETTER) afterConjunction.push(word.slice(1));
  for (const rest of afterConjunction) {
    found.add(rest);
    const afterPreposition = [rest];
    if (rest.startsWith(LAM_ARTICLE) && rest.length - LAM_ARTICLE.length >= MIN_STEM_AFTER_ARTICLE) {
      found.add(rest.slice(LAM_ARTICLE.length));
    }
    if (PREPOSITIONS.includes(rest[0]) && rest.length - 1 >= MIN_STEM_AFTER_LETTER) afterPreposition.push(rest.slice(1));
    for (const stem of afterPreposition) {
      found.add(stem);
      if (stem.startsWith(ARTICLE) && stem.length - ARTICLE.length >= MIN_STEM_AFTER_ARTICLE) found.add(stem.slice(ARTICLE.length));
    }
  }
  return [...found];
}

/** A reading with one common suffix removed (الإيرانية → ايران, اتفاقيات → اتفاقي). */
export function withoutSuffix(reading: string): string {
  for (const suffix of SUFFIXES) {
    if (reading.endsWith(suffix) && reading.length - suffix.length >= MIN_STEM_AFTER_SUFFIX) {
      return reading.slice(0, -suffix.length);
    }
  }
  return reading;
}

/** What the FTS5 index stores for a text: every reading of every word, space-separated. */
export function indexText(text: string | null): string {
  if (!text) return "";
  return words(text)
    .flatMap((word) => readings(word.text))
    .join(" ");
}

/** One word of a query: the prefixes any of which an indexed reading must start with. */
export interface QueryTerm {
  /** The word as typed. */
  word: string;
  prefixes: string[];
}

/** Readings of a query word: only clitics ending in ال, or a leading و, come off. */
function queryReadings(word: string): string[] {
  return readings(word).filter((reading) => {
    const clitics = word.slice(0, word.length - reading.length);
    return clitics === "" || clitics === CONJUNCTIONS[0] || clitics.endsWith(ARTICLE) || clitics.endsWith(LAM_ARTICLE);
  });
}

/** The terms of a search query (all must match); words shorter than MIN_QUERY_WORD are dropped. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of words(query)) {
    if (word.text.length < MIN_QUERY_WORD || seen.has(word.text)) continue;
    seen.add(word.text);
    const stems = queryReadings(word.text).map(withoutSuffix);
    // A prefix that starts with another prefix adds nothing to the OR.
    const prefixes = [...new Set(stems)].filter((stem, _, all) => !all.some((other) => other !== stem && stem.startsWith(other)));
    terms.push({ word: query.slice(word.start, word.end), prefixes: prefixes.sort() });
  }
  return terms;
}

/** The FTS5 MATCH expression for query terms: every term, each as any of its prefixes. */
export function matchExpression(terms: QueryTerm[]): string {
  return terms.map((term) => `(${term.prefixes.map((prefix) => `"${prefix.replaceAll('"', '""')}"*`).join(" OR ")})`).join(" AND ");
}

/** The [start, end) spans of `text` whose words match any of the terms, for highlighting. */
export function matchSpans(text: string, terms: QueryTerm[]): [number, number][] {
  const prefixes = terms.flatMap((term) => term.prefixes);
  return words(text)
    .filter((word) => readings(word.text).some((reading) => prefixes.some((prefix) => reading.startsWith(prefix))))
    .map((word): [number, number] => [word.start, word.end]);
}
