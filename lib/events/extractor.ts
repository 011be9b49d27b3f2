// Events from an article whose temporal expressions are already resolved: find the triggers,
// date each by the expression governing its clause (or through another event, or by the
// narrowest range the text allows), find who took part and where, and fold repeated mentions of
// one event into one.
import type { DateSpan, EventType } from "../model";
import type { Timex } from "../temporal/types";
import { namesOfficial } from "./actor-phrase";
import { anchoredDurations } from "./anchors";
import { fold, nameKey, type FoldedText } from "./arabic";
import { lastDayOfMonthOf, shiftSpan, spanOfDays, widthInDays } from "./dates";
import { isSameEvent, toMergeCandidate } from "./merge";
import { findMentions, type Mention } from "./mentions";
import { findParticipants, foldedIndex, leadingPhrase, participant, participantsNamedIn, type ParticipantContext } from "./participants";
import { findPlace, placeCountry } from "./places";
import { titleAr, titleEn } from "./titles";
import { loadActorRegister, officeHolder } from "./register";
import { firstStartingFrom, inside, quotedSpeech, spanList, splitSentences, startingWithin, TrailingPattern, type Sentence, type Span } from "./text";
import { findTriggers, type TriggerMatch } from "./triggers";
import { foldWithWords, isSpace, KeywordSearch, UnitSet, wordsOf } from "./words";
import type { ExtractedEvent, ExtractedParticipant } from "./types";

/** How an event got its date, best first; each step lowers confidence a little. */
const DATING = ["timex", "anchor", "coreference", "lead", "context"] as const;
type Dating = (typeof DATING)[number];
const DATING_FACTOR: Record<Dating, number> = { timex: 1, anchor: 0.9, coreference: 0.9, lead: 0.8, context: 0.75 };

interface Candidate {
  trigger: TriggerMatch;
  sentence: Sentence;
  type: EventType;
  scheduled: boolean;
  argument: Span;
  before: Span;
  timex: Timex | null;
  date: DateSpan | null;
  dating: Dating | null;
  participants: ExtractedParticipant[];
  place: string | null;
  /** A definite noun (الاجتماع، الاتفاق) that may point back to an event already reported. */
  definite: boolean;
  /** A summary whose events later sentences name one by one; it is not reported itself. */
  elaborated: boolean;
  /** The guests were met together ("بنظيريه الروسي والتركي"), not one by one. */
  jointGuests: boolean;
}

// Words that open a new clause: a date after them belongs to that clause, not the one before.
const CLAUSE_OPENER = new KeywordSearch(fold("وذلك|بعدما|بعد أن|قبل أن|عندما|حين|حيث|إذ|بينما|فيما|لكن|ولكن|الذي|التي|الذين|كما|إذا").split("|"));
// Words that attribute a report to its source: "بحسب المرصد", "وفقا لوكالة", "نقلا عن".
const ATTRIBUTION = new KeywordSearch(fold("بحسب|وبحسب|حسب|وحسب|وفقا|وفق|طبقا|نقلا").split("|"));
const COMPLEMENTISERS = fold("إن|أن|إنه|أنه|إنها|أنها|إنهم|أنهم|بأن|بأنه|إنّ|أنّ");
// What a statement says starts at its complementiser or a colon.
const COMPLEMENT = new KeywordSearch(COMPLEMENTISERS.split("|"), ":");
// A complementiser, but not the "أن" of "بعد أن / قبل أن" (a time clause, not a report).
const COMPLEMENT_ONCE = new RegExp(`(?<!(?:${fold("بعد|قبل|منذ")})\\s)(?:(?:^|\\s)(?:${COMPLEMENTISERS})(?=\\s)|:)`, "u");
const RELATIVE_BEFORE = new TrailingPattern("(?:^|\\s)", fold("الذي|التي|الذين|اللذين|اللتين|ما"));
const SCHEDULED_BEFORE = new RegExp(`(?:${fold("من المقرر أن|من المنتظر أن|من المتوقع أن|المقرر أن|يعتزم|تعتزم|سوف")})\\s*$`, "u");
const PURPOSE_BEFORE = new RegExp(`(?:${fold("لإجراء|لعقد|لبحث|لإتمام|للمشاركة في")})\\s*$`, "u");
// "وصل … إلى العاصمة": a destination even when the capital is named elsewhere in the sentence.
const TO = fold("إلى");
const DESTINATION = new RegExp(`^[^.،]{0,50}?(?:${fold("إلى|الى")})\\s+(?:${fold("العاصمة|البلاد|مدينة|بلدة|مطار")})`, "u");
/** How far after a verb its object noun may sit (وقّعت إيران وسوريا اتفاقية). */
const OBJECT_REACH = 50;
const CLAUSE_DATE = new RegExp(`(?:^|\\s|،)(?:و|ف)(?:في)?\\s*$`, "u");
// On the original text, where ة (زيارة) is not the pronoun ه (زيارته).
const SINCE = /since/;
// The article on a noun: ال، بال، وال، لل.
const DEFINITE = /(?:^|[^\p{L}])[وف]?(?:[بك]?ال|لل)$/u;
const DUAL_COUNTERPART = new RegExp(fold("نظيريه|نظيريها|نظرائه|نظرائها"), "u");
const COMMA = /[،,]/;
const RELATIVE_TIME_ALL = new RegExp(`(?:^|\\s)(?:${fold("بعد|قبل|منذ|عقب|أعقاب|إثر|اثر")})(?=\\s)`, "gu");
// A contrast or sequence opens a clause with its own time: "… عام 2011، لكنّ … عادت".
const CONTRAST = new RegExp(`(?:^|\\s)(?:${fold("لكن|ولكن|لكنّ|بينما|فيما|إلا أن|غير أن|ثم|ثمّ")})(?=\\s)`, "u");
const DURING_BEFORE = new RegExp(`(?:${fold("خلال|في|أثناء|عقب|على هامش")})\\s*$`, "u");
// A statement's object noun (أعلن … اعتقال، أعلن … مقتل) is what was announced, not a separate event.
const ANNOUNCED_REACH = 30;
const PRONOUN_SUFFIX = /(?:ه|ها|هم|هما)$/u;

const PART_OF_MONTH = /part-of-month/;
const PART_OF_YEAR = /part-of-year/;

/**
 * The date an event takes from its expression. "منتصف تشرين الثاني 2021" is a third of a month
 * as a date, but an event "in mid-November" is reported for November: the chronology keeps the
 * whole month (or year) rather than a guessed third.
 */
function eventSpan(timex: Timex): DateSpan {
  const span = timex.span!;
  if (PART_OF_MONTH.test(timex.rule)) return spanOfDays(`${span.firstDay.slice(0, 7)}-01`, lastDayOfMonthOf(span.firstDay));
  if (PART_OF_YEAR.test(timex.rule)) return spanOfDays(`${span.firstDay.slice(0, 4)}-01-01`, `${span.firstDay.slice(0, 4)}-12-31`);
  return span;
}

/**
 * Whether a date after the trigger sits inside a "بعد/قبل/منذ …" phrase: "شكلتا تحالفين بعد
 * أشهر من الغموض الذي أعقب انتخابات أيار" (yes), "أنهى المجلس، بعد استئناف الجلسة، الأحد،
 * مناقشة" (no: a comma closes the phrase before the date).
 */
function insideRelativeTime(gap: string, dateAfter: boolean): boolean {
  // A date before "بعد أن أعلنت …" still dates it ("في نيسان الماضي بعد أن أعلنت المفوضية").
  if (!dateAfter) return false;
  let lastEnd: number | null = null;
  RELATIVE_TIME_ALL.lastIndex = 0;
  for (let m = RELATIVE_TIME_ALL.exec(gap); m; m = RELATIVE_TIME_ALL.exec(gap)) lastEnd = m.index + m[0].length;
  return lastEnd !== null && !COMMA.test(gap.slice(lastEnd));
}

/** A noun trigger needs its date this close (in characters): nouns are mentioned in passing. */
const NOUN_DATE_REACH = 70;
/** A sentence-opening date reaches past other verbs, but a nearer date without them wins. */
const CROSSING_PENALTY = 400;

interface Article {
  text: string;
  folded: FoldedText;
  published: string;
  sentences: Sentence[];
  speech: Span[];
  mentions: Mention[];
  triggers: TriggerMatch[];
  datable: Timex[];
  /** Where the datable expressions stand, as plain spans: the words a name search skips. */
  dateSpans: Span[];
  durations: Timex[];
  lead: Set<number>;
  /**
   * The state the article names most: whose elections and sessions an unqualified one are.
   * Worked out when first needed (few articles need it); undefined until then.
   */
  mainState: ExtractedParticipant | null | undefined;
}

const HEADLINE_MAX_WORDS = 20;
const ENDS_WITH_STOP = /[.!?؟]$/;
const SPACES = /\s+/;

/** The sentences that report the article's own news: the first two of the body. */
function leadSentences(text: string, sentences: Sentence[]): Set<number> {
  const lead = new Set<number>();
  for (const s of sentences) {
    if (lead.size === 2) break;
    const paragraphText = text.slice(s.start, s.end);
    const isHeadline = !ENDS_WITH_STOP.test(paragraphText.trim()) && paragraphText.split(SPACES).length < HEADLINE_MAX_WORDS;
    if (!isHeadline) lead.add(s.index);
  }
  return lead;
}

function mainState(article: Article): ExtractedParticipant | null {
  const counts = new Map<string, number>();
  for (const m of article.mentions) if (m.kind === "state") counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top) return null;
  const first = article.mentions.find((m) => m.actorId === top[0])!;
  const state = loadActorRegister().actors.get(top[0])!;
  return participant(state.nameAr, state.id, "state", first.start, first.end);
}

function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  // Sentences are in order and do not overlap: only the last one starting at or before `at` can hold it.
  const candidate = sentences[firstStartingFrom(sentences, at + 1) - 1];
  return candidate && at < candidate.end ? candidate : null;
}

/** A sentence's triggers and dates, found once for all the triggers in it rather than per trigger. */
interface SentenceParts {
  sentence: Sentence;
  triggers: TriggerMatch[];
  verbs: TriggerMatch[];
  datable: Timex[];
  /** The sentence's end in the folded text. */
  foldedEnd: number;
}

function sentenceParts(article: Article, sentence: Sentence): SentenceParts {
  const triggers = startingWithin(article.triggers, sentence);
  return {
    sentence,
    triggers,
    verbs: triggers.filter(isVerb),
    datable: startingWithin(article.datable, sentence),
    foldedEnd: foldedIndex(article.folded, sentence.end),
  };
}

function isVerb(t: TriggerMatch): boolean {
  return t.rule.tense !== "noun";
}

/** Verbs separate clauses; for a noun, any other trigger between it and a date claims the date. */
function triggersBetween(inSentence: TriggerMatch[], t: TriggerMatch, from: number, to: number): number {
  let count = 0;
  for (const o of inSentence) if (o !== t && (isVerb(o) || !isVerb(t)) && o.start >= from && o.start < to) count++;
  return count;
}

/**
 * The expression that dates a trigger's clause, if any: the nearest one that no other verb
 * separates from it. An expression that opens the sentence before any trigger ("وفي تموز 2020
 * وقّعت …، وفي الأول من أيلول قال … في اتصال هاتفي") governs the whole sentence.
 */
function governingTimex(article: Article, t: TriggerMatch, parts: SentenceParts, argument: Span, scheduled: boolean): Timex | null {
  const { sentence, triggers: inSentence } = parts;
  const firstTrigger = inSentence[0]?.start ?? sentence.end;
  // What a statement reports starts at its complementiser; dates there belong to the report.
  const complementAt = t.rule.type === "statement" ? argument.end : Infinity;
  let best: { timex: Timex; score: number } | null = null;
  for (const timex of parts.datable) {
    if (timex.end > sentence.end) continue;
    // A scheduled event is not dated by a day already gone (سيلتقي … reported أمس).
    if (scheduled && timex.span!.lastDay < article.published) continue;
    const after = timex.start >= t.end;
    // "… ، ففي تموز 2020 وقّعت": a date that opens a clause dates what follows it, not what precedes.
    const at = foldedIndex(article.folded, timex.start);
    if (after && CLAUSE_DATE.test(article.folded.folded.slice(Math.max(0, at - 6), at))) continue;
    const fronted = timex.end <= firstTrigger;
    const distance = after ? timex.start - t.end : t.start - timex.end;
    const crossed = after ? triggersBetween(inSentence, t, t.end, timex.start) : triggersBetween(inSentence, t, timex.end, t.start);
    // A date before a chain of verbs (عام 1978 حيث التقى … ووقّع) dates the chain; one after
    // another verb belongs to that verb.
    // "عام 1978 حيث التقى … ووقّع": a date before a chain of verbs dates the chain ("وألقى
    // خطابه" counts as a verb: the noun is what the light verb did).
    const chained = VEHICLE_FOR.includes(t.rule.type) || (!isVerb(t) && LIGHT_VERB_BEFORE.test(article.folded.folded.slice(Math.max(0, t.foldedStart - 10), t.foldedStart)));
    if (crossed > 0 && !fronted && (after || !chained)) continue;
    // "… في عام 2011، لكنّ الولايات المتحدة عادت …": an earlier clause keeps its date.
    // "شكلتا تحالفين بعد أشهر من الغموض الذي أعقب انتخابات أيار": a date behind بعد/قبل/منذ
    // dates what the event is measured from, not the event.
    const gap = after ? article.folded.folded.slice(t.foldedEnd, at) : article.folded.folded.slice(foldedIndex(article.folded, timex.end), t.foldedStart);
    if (!fronted && insideRelativeTime(gap, after)) continue;
    // "قالت المنظمة، اليوم الإثنين، إنّ … بعد عشرين عاماً على غزو العراق": a date outside a
    // reported clause does not date what the clause reports, nor the other way round.
    const [from, to] = after ? [t.foldedEnd, at] : [foldedIndex(article.folded, timex.end), t.foldedStart];
    if (!VEHICLE_FOR.includes(t.rule.type) && COMPLEMENT_ONCE.test(article.folded.folded.slice(from, to))) continue;
    if (!after && !fronted && CONTRAST.test(article.folded.folded.slice(foldedIndex(article.folded, timex.end), t.foldedStart))) continue;
    // Saying takes a moment: a span (منذ …، خلال الساعات الـ24 الماضية) is what was said about.
    // "هدد التنظيم في أواخر يوليو": a part of a month or year is when, not what was said about.
    const partOfPeriod = PART_OF_MONTH.test(timex.rule) || PART_OF_YEAR.test(timex.rule);
    if (t.rule.type === "statement" && (SINCE.test(timex.rule) || (timex.span!.precision === "range" && !partOfPeriod) || (after && timex.start >= complementAt))) continue;
    if (!fronted && !isVerb(t) && distance > NOUN_DATE_REACH) continue;
    const score = distance + crossed * CROSSING_PENALTY;
    if (!best || score < best.score) best = { timex, score };
  }
  return best?.timex ?? null;
}

// Where the clause holding a verb's preceding subject starts: after a comma or complementiser.
// (/[،,:؛]|(?:^|\s)(?:أن|أنّ|إن|إنّ|بأن)(?=\s)/gu on the original text, whose last match is
// found reading back from the verb, where it usually is, rather than through every match.)
const CLAUSE_COMMA = new UnitSet(/[،,:؛]/);
const SUBJECT_COMPLEMENTISERS = ["أن", "أنّ", "إن", "إنّ", "بأن"];
/** Their last letters: a space after any other letter ends none of them. */
const COMPLEMENTISER_ENDS = new Set(SUBJECT_COMPLEMENTISERS.map((word) => word.charCodeAt(word.length - 1)));

/** The end of the last comma or complementiser (with a space after it) in text[from, to), or null. */
function lastSubjectClauseStart(text: string, from: number, to: number): number | null {
  for (let end = to; end > from; end--) {
    if (CLAUSE_COMMA.has(text.charCodeAt(end - 1))) return end;
    if (end === to || !isSpace(text.charCodeAt(end)) || !COMPLEMENTISER_ENDS.has(text.charCodeAt(end - 1))) continue;
    for (const word of SUBJECT_COMPLEMENTISERS) {
      const start = end - word.length;
      if (start >= from && text.startsWith(word, start) && (start === from || isSpace(text.charCodeAt(start - 1)))) return end;
    }
  }
  return null;
}

function clauseSpans(article: Article, t: TriggerMatch, parts: SentenceParts): { argument: Span; before: Span } {
  const { folded } = article;
  const { sentence } = parts;
  // The other verbs around the trigger; triggers do not overlap, so one before it ends by its start.
  let nextVerb = sentence.end;
  let previousVerb = sentence.start;
  for (const o of parts.verbs) {
    if (o === t) continue;
    if (o.start > t.start) {
      nextVerb = o.start;
      break;
    }
    previousVerb = o.end;
  }
  const foldedEnd = foldedIndex(folded, Math.min(nextVerb, sentence.end));
  const ends = [folded.map[foldedEnd]];
  const opener = CLAUSE_OPENER.firstIn(wordsOf(folded), t.foldedEnd, foldedEnd);
  if (opener !== null) ends.push(folded.map[opener]);
  // "… قُتل فيها 24 … الخميس، بحسب المرصد": who reports it is a source, not a party.
  const attribution = ATTRIBUTION.firstIn(wordsOf(folded), t.foldedEnd, foldedEnd);
  if (attribution !== null) ends.push(folded.map[attribution]);
  // What follows a complementiser is what was said or asked (أبلغه أن سوريا ستبدأ …), not a party.
  const complement = COMPLEMENT.firstIn(wordsOf(folded), t.foldedEnd, foldedEnd);
  if (complement !== null) ends.push(folded.map[complement]);
  // Quotations are in text order: the first one starting after the trigger is the only candidate.
  const quote = article.speech[firstStartingFrom(article.speech, t.end)];
  if (quote && quote.start < sentence.end) ends.push(quote.start);
  // The subject before a verb is in its own clause: after the last comma or complementiser.
  const lastComma = lastSubjectClauseStart(article.text, previousVerb, t.start) ?? previousVerb;
  return { argument: { start: t.end, end: Math.min(...ends) }, before: { start: lastComma, end: t.start } };
}

function participantContext(article: Article, onDay: string): ParticipantContext {
  return { folded: article.folded, text: article.text, mentions: article.mentions, onDay };
}

const PARTY_KINDS = new Set(["person", "office", "organisation", "state"]);
// After a verb its subject comes first; the first of these words ends it (وصل X إلى …، بدعوة من Y).
// Matched on the original text: folding would make على ("on") the name علي.
const SUBJECT_END = /(?:^|\s)(?:في|إلى|الى|من|عن|على|بعد|قبل|خلال|بدعوة|برفقة|عند|لدى|منذ|لإجراء|ل)(?=\s)/u;
/** Types whose verb names only its subject as a party: objects are places, topics or victims. */
const SUBJECT_ONLY: EventType[] = ["visit", "statement", "other"];

/** The span up to the first word of `ending`: a verb's subject, a noun's genitive. */
function zoneUntil(article: Article, argument: Span, ending: RegExp): Span {
  const m = ending.exec(article.text.slice(argument.start, argument.end));
  return m ? { start: argument.start, end: argument.start + m.index } : argument;
}

// A noun's own participants follow it as a genitive; these words end that phrase.
const NOUN_PHRASE_END = /(?:^|\s)(?:بعد|قبل|مع|إلى|الى|على|خلال|منذ|عند|لدى|حيث|بين)(?=\s)|[،,:؛]/u;

// "نقلت وكالة … عن وزير الخارجية سيرغي لافروف قوله": the statement is the quoted person's.
const REPORTED_SOURCE = /(?:^|\s)عن\s+([^،,.:]+?)\s+(?:قوله|قولها|قولهم|تأكيده|تأكيدها)/u;
// "وكان الادعاء قد أنهى …": the subject sits between كان and قد, before the verb.
const KANA_QAD = new TrailingPattern("(?:^|\\s)و?(?:كان|كانت)\\s+([^،,.:]+?)\\s+", "قد");
// "وكانت المحكمة قررت …", "وكانت هذه القوات دخلت …": the same without قد, the subject (a few
// words) right before the verb.
const KANA_SUBJECT = /(?:^|\s)و?(?:كان|كانت)\s+([^\s،,.:]+(?:\s+[^\s،,.:]+){0,3})\s+$/u;
// An agent after a noun: "الهجوم الدامي الذي نفذه داعش".
const AGENT_CLAUSE = /^\s*(?:الذي|التي)\s+(?:نفذ|شن|ارتكب|تبنى|أعلن|أطلق)\S*\s+[^،,.]+/u;
const COMPLEMENT_PRONOUN = new TrailingPattern(`(?:${fold("إن|أن|بأن")})`, fold("ه|ها|هم|هما"));

/** Where a trigger's own participants are named. */
function argumentZone(article: Article, t: TriggerMatch, argument: Span, precedingText: string): Span {
  const text = article.text;
  if (t.rule.name === "statement.verb.reported") {
    const source = REPORTED_SOURCE.exec(text.slice(argument.start, argument.end + 40));
    if (source) {
      const start = argument.start + source.index + source[0].indexOf(source[1]);
      return { start, end: start + source[1].length };
    }
  }
  if (isVerb(t)) return SUBJECT_ONLY.includes(t.rule.type) ? zoneUntil(article, argument, SUBJECT_END) : argument;
  if (!SUBJECT_ONLY.includes(t.rule.type) && t.rule.type !== "attack") return argument;
  const zone = zoneUntil(article, argument, NOUN_PHRASE_END);
  const agent = AGENT_CLAUSE.exec(text.slice(zone.end, zone.end + 80));
  return agent ? { start: zone.start, end: zone.end + agent[0].length } : zone;
}

/**
 * Where a noun's place may be named: after the last person or office of its phrase, before the
 * next trigger. "زيارة كبير
 * مستشاري … وعضو مجمع تشخيص مصلحة النظام في إيران علي لاريجاني": a place before the name is
 * part of the person's description, not where the visit went.
 */
function nounPlaceZone(article: Article, t: TriggerMatch, parts: SentenceParts, zone: Span, argument: Span): Span {
  let start = zone.start;
  for (const m of startingWithin(article.mentions, zone)) {
    if (m.end <= zone.end && (m.kind === "person" || m.kind === "office")) start = Math.max(start, m.end);
  }
  // "زيارة X بعد يوم من زيارة Y … في إيران": the next trigger's place is not this one's.
  const next = parts.triggers.find((o) => o.start > t.start);
  return { start, end: next ? Math.min(next.start, argument.end) : argument.end };
}

/** The subject of a verb written before it: "وكان الادعاء قد أنهى", "البريم يؤكد". */
function subjectBefore(article: Article, t: TriggerMatch, sentence: Sentence, before: Span): Span {
  const lead = article.text.slice(sentence.start, t.start);
  const kana = KANA_QAD.exec(lead) ?? KANA_SUBJECT.exec(lead);
  if (kana) {
    const start = sentence.start + kana.index + kana[0].indexOf(kana[1]);
    return { start, end: start + kana[1].length };
  }
  return before;
}

/** People the story is about may not visit their own country: "وصل" after a meeting is the guest's. */
function isAtHome(actorId: string, place: string | null, onDay: string): boolean {
  if (!place) return false;
  const reg = loadActorRegister();
  const placeIds = reg.byName.get(nameKey(place)) ?? [];
  const states = new Set(placeIds.map((id) => (reg.actors.get(id)?.kind === "state" ? id : reg.actors.get(id)?.state)).filter(Boolean));
  const offices = reg.officesOf.get(actorId) ?? [];
  return offices.some((o) => officeHolder(o, onDay) === actorId && states.has(reg.actors.get(o)?.state ?? ""));
}

/** The nearest actor named before `at` in the sentence: what a pronoun suffix (لقائه) points to. */
function antecedent(article: Article, parts: SentenceParts, at: number, onDay: string): ExtractedParticipant | null {
  const { sentence } = parts;
  // Whoever a meeting verb took as its object (التقى برئيس الوزراء بيغن) is not the one a later
  // pronoun points back to.
  let objectsFrom = Infinity;
  for (const o of parts.triggers) {
    if (o.start >= at) break;
    if (INTERACTIONS.includes(o.rule.type) && isVerb(o) && o.end <= at) {
      objectsFrom = o.end;
      break;
    }
  }
  const before = startingWithin(article.mentions, { start: sentence.start, end: at }).filter(
    (m) => m.end <= at && m.start < objectsFrom && m.via !== "demonym" && PARTY_KINDS.has(m.kind) && !m.preposition,
  );
  const people = before.filter((m) => m.kind === "person" || m.kind === "office");
  const nearest = people[people.length - 1] ?? before[before.length - 1];
  if (!nearest) return null;
  const span = { start: nearest.start, end: nearest.end };
  const ctx = participantContext(article, onDay);
  return participantsNamedIn(span, ctx)[0] ?? null;
}

// A trigger whose only clitics are a conjunction and لـ/للـ: "لانتخاب" (to elect).
const PREPOSITION_ONLY = /^[وف]?لل?$/;
const NOT_EVENT_HEAD = new RegExp(`(?:^|\\s)[وفبلك]?(?:${fold("قانون|مشروع|لجنة|هيئة|مفوضية|نتائج|ملف|قضية|حالات|أسلحة|سلاح|مواد")})\\s+(?:ال)?$`, "u");
// "وتحدث المرصد الاثنين عن مقتل 80 مدنياً": what a report is about, not a dated event of its own.
const REPORTED_ABOUT = new RegExp(`(?:^|\\s)(?:${fold("تحدث|تحدثت|أشار|أشارت|لفت|لفتت")})(?![\\p{L}])[^.،]*(?:${fold("عن|إلى")})\\s+$`, "u");
const LIGHT_VERB_BEFORE = new TrailingPattern("(?:^|\\s)[وف]?", fold("ألقى|ألقت|أجرى|أجرت|وجه|وجهت|عقد|عقدت"), "\\s+$");
const VERBAL_NOUN_BEFORE = new TrailingPattern("(?:^|\\s)", fold("تم|جرى|يتم|سيتم"));
const LIGHT_VERB_OBJECTS: EventType[] = ["other", "statement"];
const PAIR_SUBJECT = /^\s*(?:الرجلان|الزعيمان|الرئيسان|الوزيران|الجانبان|الطرفان|الزعيمين|الرجلين)(?![\p{L}])/u;
const WITH_PRONOUN = /^\s*(?:معه|معها|معهم|معهما)/u;

/** The first `count` distinct people named in the sentence before `at`, in text order. */
function namedBefore(article: Article, sentence: Sentence, at: number, onDay: string, count: number): ExtractedParticipant[] {
  const ctx = participantContext(article, onDay);
  const people: ExtractedParticipant[] = [];
  for (const m of startingWithin(article.mentions, { start: sentence.start, end: at })) {
    if (m.end > at || (m.kind !== "person" && m.kind !== "office")) continue;
    const [p] = participantsNamedIn(m, ctx);
    if (p && !people.some((q) => q.actorId === p.actorId)) people.push(p);
  }
  return people.slice(0, count);
}

/** A noun that is the object or purpose of a verb (وقّعت … اتفاقية، لإجراء مباحثات) is no event of its own. */
function isObjectOrPurpose(article: Article, t: TriggerMatch, parts: SentenceParts, position: number): boolean {
  const { sentence } = parts;
  const lead = article.folded.folded.slice(Math.max(0, t.foldedStart - 12), t.foldedStart);
  // "حالات خطف", "لقانون انتخابات": a head noun makes even a verb-like form a modifier.
  if (NOT_EVENT_HEAD.test(lead)) return true;
  if (isVerb(t)) return false;
  // "لانتخاب رئيس جديد" (to elect), "لإجراء مباحثات": a purpose, not an event.
  if (PURPOSE_BEFORE.test(lead) || PREPOSITION_ONLY.test(t.prefix)) return true;
  // Verbs earlier in the sentence that may govern the noun.
  const earlier = parts.triggers.slice(0, position);
  const announced =
    ["attack", "other", "statement"].includes(t.rule.type) &&
    (REPORTED_ABOUT.test(article.folded.folded.slice(Math.max(sentence.start, t.foldedStart - ANNOUNCED_REACH), t.foldedStart)) ||
      // "أكدت مصادر … إسقاط طائرة": an attack announced is the news itself, the statement its carrier.
      (t.rule.type !== "attack" && earlier.some((v) => isVerb(v) && v.rule.type === "statement" && v.end <= t.start && t.start - v.end < ANNOUNCED_REACH)));
  return announced || earlier.some((v) => isVerb(v) && v.rule.type === t.rule.type && v.end <= t.start && t.start - v.end < OBJECT_REACH);
}

const INTERACTIONS: EventType[] = ["meeting", "call"];
/** The clitics of a definite noun trigger (ال، بال، وال، لل). */
const ARTICLE_PREFIX = /(?:ال|لل)$/;
/** Who can carry out an attack; how many sentences on a later toll still counts as theirs. */
const ATTACKER_KINDS: ReadonlySet<string> = new Set(["state", "organisation", "office", "person"]);
const ATTACKER_SENTENCES = 3;
/** News that a statement only carries when it reports them (أعلنت … التوصل إلى اتفاق). */
const VEHICLE_FOR: EventType[] = ["meeting", "call", "visit", "agreement"];
const ELECTION = /^other\.elect/;
/** Verbs whose dropped subject is the protagonist of the story so far (وصل …، والتقى …). */
const STORY_TYPES: EventType[] = ["visit", "meeting", "call", "statement", "agreement"];
const EMBEDDING_TYPES: EventType[] = ["meeting", "call", "visit"];

function headsToPlace(article: Article, t: TriggerMatch): boolean {
  const ahead = article.folded.folded.slice(t.foldedEnd, t.foldedEnd + OBJECT_REACH);
  // The pattern runs only where its preposition is (it tries every position up to 50 in).
  return ahead.includes(TO) && DESTINATION.test(ahead);
}

function buildCandidates(article: Article): Candidate[] {
  const candidates: Candidate[] = [];
  let storyParticipants: ExtractedParticipant[] = [];
  let storyAttackers = null as { sentence: number; participants: ExtractedParticipant[] } | null;
  // Who speaks in a statement with a dropped subject is who spoke last in the same paragraph.
  let paragraphSpeakers: ExtractedParticipant[] = [];
  let paragraph = -1;
  let carrier = null as { sentence: Sentence; participants: ExtractedParticipant[] } | null;
  let parts: SentenceParts | null = null;
  for (const t of article.triggers) {
    const sentence = sentenceAt(article.sentences, t.start);
    if (sentence && sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      paragraphSpeakers = [];
    }
    if (!sentence) continue;
    if (parts?.sentence !== sentence) parts = sentenceParts(article, sentence);
    // Where the trigger stands among its sentence's triggers: those before it are parts.triggers[0, position).
    const position = parts.triggers.indexOf(t);
    if (isObjectOrPurpose(article, t, parts, position)) continue;
    const precedingText = article.folded.folded.slice(Math.max(0, t.foldedStart - 30), t.foldedStart);
    // "… ولي العهد، الذي كلّف الحكومة": a relative clause describes an actor; it reports an event
    // only with a date of its own ("الحزب الذي شكّله أتاتورك في 1923").
    const relative = RELATIVE_BEFORE.test(precedingText);
    if (t.rule.type === "statement" && relative) continue;
    // "ويقول الكرملين إن …": a statement in the present tense is news only in the lead.
    if (t.rule.type === "statement" && t.rule.tense === "present" && !article.lead.has(sentence.index)) continue;
    const { argument, before } = clauseSpans(article, t, parts);
    const scheduled = t.rule.tense === "future" || (t.rule.tense === "present" && SCHEDULED_BEFORE.test(precedingText));
    const timex = governingTimex(article, t, parts, argument, scheduled);
    if (relative && (!timex || timex.start < t.end)) continue;
    const onDay = timex?.span?.firstDay ?? article.published;
    const zone = argumentZone(article, t, argument, precedingText);
    const placeInClause = findPlace(isVerb(t) ? argument : nounPlaceZone(article, t, parts, zone, argument), article.mentions, article.folded, article.text, t.rule.type === "visit" ? t.end : null);
    const place = placeInClause ?? findPlace(before, article.mentions, article.folded, article.text, null);
    // Whether the trigger heads to a place it does not name; asked only where the clause named none
    // and the answer matters: for the place itself, or for a trigger that needs one.
    const headsSomewhere = !placeInClause && (place === null || t.rule.needsPlace) && headsToPlace(article, t);
    const where = place ?? (headsSomewhere ? findPlace(sentence, article.mentions, article.folded, article.text, null) : null);

    const hasPronoun = !isVerb(t) && PRONOUN_SUFFIX.test(article.text.slice(t.start, t.end));
    const story = t.rule.type === "statement" ? paragraphSpeakers : storyParticipants;
    const storySubject = t.rule.type === "visit" ? story.find((p) => !isAtHome(p.actorId, where, onDay)) ?? null : story[0] ?? null;
    const implicit = hasPronoun || INTERACTIONS.includes(t.rule.type) || (!isVerb(t) && t.rule.type === "statement") ? antecedent(article, parts, t.start, onDay) ?? storySubject : storySubject;
    const ctx = participantContext(article, onDay);
    const nounHead = !isVerb(t) && (hasPronoun || t.rule.type === "statement");
    const subjectSpan = isVerb(t) ? subjectBefore(article, t, sentence, before) : null;
    let participants = findParticipants(
      {
        argument: zone,
        // Verbs look back for a subject before them (SVO: "البريم يؤكد"); so do nouns that are the
        // object of a light verb ("قدّم رئيس الحكومة … استقالة الحكومة", "ألقى X كلمة").
        before: subjectSpan ?? (LIGHT_VERB_OBJECTS.includes(t.rule.type) ? before : { start: t.start, end: t.start }),
        skip: startingWithin(article.dateSpans, argument),
        nounAt: isVerb(t) ? null : t.end,
        implicitSubject: (isVerb(t) && STORY_TYPES.includes(t.rule.type) && t.rule.name !== "statement.verb.reported") || nounHead ? implicit : null,
        // "تم قتل وإصابة …": after تم the verb form is a noun, and what follows is no subject.
        allowPhrase: isVerb(t) && !VERBAL_NOUN_BEFORE.test(precedingText),
        skipAddressees: t.rule.type === "statement",
      },
      ctx,
    );
    // A subject written before its verb that the register does not know: "وكان الادعاء قد
    // أنهى", "إنّ الاحتلال ارتكب".
    const kanaQad = subjectSpan !== null && subjectSpan !== before;
    if (subjectSpan && (kanaQad || participants.length === 0) && !participants.some((p) => p.start >= subjectSpan.start && p.end <= subjectSpan.end)) {
      const phrase = leadingPhrase(subjectSpan, article.dateSpans, ctx);
      if (phrase && (kanaQad || phrase.end >= subjectSpan.end - 1)) participants = [phrase, ...participants];
    }
    // "قال نواب … إنهم شكلوا تحالفاً": the pronoun after the complementiser is who spoke.
    if (isVerb(t) && COMPLEMENT_PRONOUN.test(precedingText)) {
      const speaker = candidates.findLast((c) => c.sentence === sentence && c.type === "statement");
      const spoke = speaker?.participants ?? (carrier?.sentence === sentence ? carrier.participants : []);
      if (spoke.length) participants = spoke;
    }
    if (participants.length === 0 && carrier?.sentence === sentence) participants = carrier.participants;
    // "معاهدة … تمّت بإدارة المنظمة، ووُقّع عليها في 1993": a passive verb's party was named before it.
    if (participants.length === 0 && isVerb(t) && (t.rule.type === "agreement" || t.rule.type === "other") && !VERBAL_NOUN_BEFORE.test(precedingText)) {
      const named = antecedent(article, parts, t.start, onDay);
      if (named) participants = [named];
    }
    // An election is the country's (and its candidates'): parties and movements around it are not.
    if (ELECTION.test(t.rule.name)) {
      participants = participants.filter((p) => p.kind === "person" || p.kind === "state");
      if (participants.length === 0) {
        if (article.mainState === undefined) article.mainState = mainState(article);
        if (article.mainState) participants = [article.mainState];
      }
    }
    // A visit is made by the people the clause names, not by the offices and states around them.
    if (t.rule.type === "visit") {
      const people = participants.filter((p) => p.kind === "person" && !p.office);
      if (people.length) participants = people;
      // "زيارة سوريا إلى سوريا": a state does not visit itself, nor a place inside it.
      const destination = placeCountry(where);
      if (destination) participants = participants.filter((p) => p.actorId !== destination && placeCountry(p.name) !== destination);
    }
    // "التقى الرجلان": the two sides of the last meeting the article reported.
    if (INTERACTIONS.includes(t.rule.type) && isVerb(t) && PAIR_SUBJECT.test(article.text.slice(t.end, t.end + 16))) {
      const last = candidates.findLast((c) => INTERACTIONS.includes(c.type) && c.participants.filter((p) => p.kind === "person").length >= 2);
      if (last) participants = last.participants.filter((p) => p.kind === "person");
    }
    // "خلال اجتماعه معه": both sides were named before, the possessor first.
    if (INTERACTIONS.includes(t.rule.type) && hasPronoun && WITH_PRONOUN.test(article.text.slice(t.end, t.end + 8))) {
      const sides = namedBefore(article, sentence, t.start, onDay, 2);
      if (sides.length === 2) participants = sides;
    }
    // A meeting or call needs two sides; a clause naming one took its subject from the story.
    if (INTERACTIONS.includes(t.rule.type) && participants.length === 1 && implicit && implicit.actorId !== participants[0].actorId) {
      participants = [implicit, ...participants];
    }
    if (isVerb(t) && participants.some((p) => p.kind === "person" || p.kind === "office")) {
      storyParticipants = participants;
      paragraphSpeakers = participants;
    }
    // "شنت قوات الحكومة السورية غارات … وقتل في الغارات الجوية الاثنين أكثر من 100 شخص": an
    // attack told by its toll has the attacker the story named last.
    if (t.rule.type === "attack") {
      const attackers = participants.filter((p) => ATTACKER_KINDS.has(p.kind));
      if (attackers.length) storyAttackers = { sentence: sentence.index, participants: attackers };
      else if (storyAttackers && sentence.index - storyAttackers.sentence <= ATTACKER_SENTENCES) participants = [...storyAttackers.participants, ...participants];
    }

    if (t.rule.needsPlace && !placeInClause && !headsSomewhere) continue;
    // "خلال كلمة ألقاها في جلسة عامة للبرلمان": a session that frames another event is its setting.
    if (t.rule.name === "meeting.noun.session" && DURING_BEFORE.test(precedingText) && position > 0) continue;
    // "أعلن البيت الأبيض أنّ بايدن بحث هاتفياً مع …": the announcement only carries the news;
    // news told without its own actors ("أعلنت كيانات … التوصل إلى اتفاق") is the announcer's.
    const reportStart = t.rule.type === "statement" ? COMPLEMENT.firstIn(wordsOf(article.folded), t.foldedEnd, parts.foldedEnd) : null;
    if (
      t.rule.type === "statement" &&
      // Only triggers from this one on can be reported by it.
      parts.triggers.slice(position).some(
        (o) =>
          // "إن إيران لن تعيد التفاوض على الاتفاق النووي": a definite noun names a known event, not news the statement carries.
          (VEHICLE_FOR.includes(o.rule.type) && o.start < sentence.end && !(o.rule.tense === "noun" && ARTICLE_PREFIX.test(o.prefix)) &&
            // after "أنّ" (reported), or as the verb's very object ("أعلنت … التوصل إلى اتفاق")
            ((reportStart !== null && o.foldedStart >= reportStart) || o.start === argument.end)) ||
          (o.rule.type === "attack" && !isVerb(o) && o.start >= t.end && o.start - t.end < ANNOUNCED_REACH),
      )
    ) {
      carrier = { sentence, participants };
      continue;
    }
    // "قال X خلال لقائه Y": outside the lead, what was said belongs to the meeting it was said at.
    if (
      t.rule.type === "statement" &&
      !article.lead.has(sentence.index) &&
      // The triggers after this one (the argument starts where the trigger ends).
      parts.triggers.slice(position + 1).some(
        (o) =>
          EMBEDDING_TYPES.includes(o.rule.type) &&
          DURING_BEFORE.test(article.folded.folded.slice(Math.max(0, o.foldedStart - 10), o.foldedStart)),
      )
    ) {
      continue;
    }
    candidates.push({
      trigger: t,
      sentence,
      type: t.rule.type,
      scheduled,
      argument,
      before,
      timex,
      date: timex ? eventSpan(timex) : null,
      dating: timex ? "timex" : null,
      participants,
      place: where,
      definite: !isVerb(t) && DEFINITE.test(article.folded.folded.slice(Math.max(0, t.foldedStart - 5), t.foldedStart)),
      jointGuests: DUAL_COUNTERPART.test(article.folded.folded.slice(t.foldedEnd, foldedIndex(article.folded, argument.end))),
      // Set from the start, not added later: candidates keep one shape, which V8 reads fastest.
      elaborated: false,
    });
  }
  return candidates;
}

function sharesActor(a: Candidate, b: Candidate): boolean {
  const ids = new Set(a.participants.map((p) => p.actorId));
  return b.participants.some((p) => ids.has(p.actorId));
}

/** How many sentences after a dated summary an elaboration of it may come. */
const ELABORATION_SENTENCES = 5;
/** Summaries name "two groups" or "political entities"; statements and the rest name their actors. */
const ELABORATED_TYPES: EventType[] = ["agreement", "meeting", "visit", "call", "attack"];

/**
 * An undated mention of an event the article dates elsewhere takes that date. So does an
 * undated event that names who a recent, dated but anonymous report was about ("قالت جماعتان
 * … الأحد إنهما شكلتا تحالفين" … "قال نواب بقيادة الصدر … إنهم شكلوا تحالفاً").
 */
function dateByCoreference(candidates: Candidate[]) {
  for (const c of candidates) {
    if (c.date || c.participants.length === 0) continue;
    const summary = candidates.find(
      (d) =>
        (d.dating === "timex" || d.dating === "lead") && d.type === c.type && ELABORATED_TYPES.includes(c.type) && d.sentence.index < c.sentence.index &&
        c.sentence.index - d.sentence.index <= ELABORATION_SENTENCES &&
        d.participants.length > 0 &&
        d.participants.every((p) => p.kind === "unknown") &&
        c.participants.some((p) => p.kind !== "unknown"),
    );
    if (summary) {
      c.date = summary.date;
      c.timex = summary.timex;
      c.dating = "coreference";
      summary.elaborated = true;
      continue;
    }
    const dated = candidates.find((d) => d.dating === "timex" && d.type === c.type && sharesActor(c, d) && sameParties(c, d));
    if (dated) {
      c.date = dated.date;
      c.dating = "coreference";
    }
  }
}

function sameParties(a: Candidate, b: Candidate): boolean {
  return isSameEvent(mergeCandidateOf(a, a.date ?? b.date!), mergeCandidateOf(b, b.date!));
}

function mergeCandidateOf(c: Candidate, date: DateSpan) {
  return toMergeCandidate({ type: c.type, rule: c.trigger.rule.name, place: c.place, participants: c.participants }, date);
}

const AFTER_WORD = /بعد/;
const BEFORE_WORD = /قبل/;
const DURATION_VALUE = /^P/;

/**
 * "جاءت زيارة الوزير بعد يوم واحد من زيارة لاريجاني": the event named after the duration is
 * dated through the event before it (or the other way round), shifted by the duration.
 */
function dateByAnchor(article: Article, candidates: Candidate[]) {
  for (const duration of article.durations) {
    const around = fold(article.text.slice(Math.max(0, duration.start - 6), duration.end));
    const relation = duration.anchor?.relation ?? (AFTER_WORD.test(around) ? "after" : BEFORE_WORD.test(around) ? "before" : null);
    if (!relation) continue;
    const phraseStart = duration.anchor?.phraseStart ?? duration.end;
    const phraseEnd = duration.anchor?.phraseEnd ?? duration.end + 30;
    const anchored = candidates.find((c) => c.trigger.start >= phraseStart && c.trigger.start < phraseEnd);
    const main = candidates.findLast((c) => c.trigger.end <= duration.start && c.sentence === anchored?.sentence);
    if (!anchored || !main) continue;
    const value = duration.anchor?.duration ?? duration.value;
    if (!DURATION_VALUE.test(value)) continue;
    // "main after phrase by d": phrase = main − d; "main before phrase by d": phrase = main + d.
    const sign = relation === "after" ? -1 : 1;
    if (main.date && !anchored.date) {
      anchored.date = shiftSpan(main.date, value, sign);
      anchored.dating = "anchor";
      anchored.timex = duration;
    } else if (anchored.date && !main.date) {
      main.date = shiftSpan(anchored.date, value, -sign as 1 | -1);
      main.dating = "anchor";
      main.timex = duration;
    }
  }
}

const CONTEXT_TYPES: EventType[] = ["visit", "meeting", "call", "agreement"];
/** A trip that began longer ago than this is history, not the frame of today's report. */
const TRIP_REACH_DAYS = 14;

/**
 * An interaction reported without a date, by someone whose trip the article dates, happened
 * between the start of that trip and the publication (or, if scheduled, on the remaining days
 * of it from publication on): the narrowest range the text allows.
 */
function dateByContext(article: Article, candidates: Candidate[]) {
  const trips = candidates.filter((c) => c.type === "visit" && (c.dating === "timex" || c.dating === "lead" || c.dating === "coreference"));
  for (const c of candidates) {
    if (c.date || !CONTEXT_TYPES.includes(c.type)) continue;
    const trip = trips.find(
      (v) => v !== c && sharesActor(v, c) && v.date!.firstDay <= article.published && widthInDays(spanOfDays(v.date!.firstDay, article.published)) <= TRIP_REACH_DAYS,
    );
    if (!trip) continue;
    const first = c.scheduled ? article.published : trip.date!.firstDay;
    const last = c.scheduled ? (trip.date!.lastDay > article.published ? trip.date!.lastDay : article.published) : article.published;
    c.date = spanOfDays(first, last);
    c.dating = "context";
  }
}

const LEAD_TYPES_FOR_NOUNS: EventType[] = ["visit", "meeting", "call"];

/** How many sentences back a definite noun (الاجتماع) may refer to an event of its type. */
const ANAPHORA_SENTENCES = 3;
// "وتضم الكتلة 16 كيانا سياسيا، بينها تحالف سائرون بزعامة مقتدى الصدر …": who a bloc is.
const MEMBERSHIP = new RegExp(`^(?:${fold("و")})?(?:${fold("تضم|يضم|تشمل|يشمل|ويضم|وتضم")})(?![\\p{L}])`, "u");

/**
 * An alliance announced by nameless "political entities" takes its members from the next
 * sentence when that sentence says who it comprises.
 */
function addMembers(article: Article, candidates: Candidate[]) {
  for (const c of candidates) {
    if (c.type !== "agreement" || c.participants.some((p) => p.kind !== "unknown")) continue;
    const next = article.sentences[c.sentence.index + 1];
    if (!next || !MEMBERSHIP.test(article.folded.folded.slice(foldedIndex(article.folded, next.start), foldedIndex(article.folded, next.end)))) continue;
    const ctx = participantContext(article, c.date?.firstDay ?? article.published);
    const members = participantsNamedIn(next, ctx);
    c.participants = [...c.participants, ...members.filter((m) => m.kind === "person")];
  }
}

/**
 * "… عن اجتماع يعقد في السابع من أيلول …" then "وقال ظريف إن الاجتماع سيركز …": a definite
 * noun after an event of its type refers back to it. It lends that event its date if it has
 * one and the event has not, and is not reported again.
 */
function resolveDefinites(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    if (!c.definite) return true;
    const earlier = candidates.findLast((e) => e !== c && e.type === c.type && e.trigger.start < c.trigger.start && c.sentence.index - e.sentence.index <= ANAPHORA_SENTENCES);
    if (!earlier) return true;
    if (!earlier.date && c.date) {
      earlier.date = c.date;
      earlier.timex = c.timex;
      earlier.dating = "coreference";
    }
    return false;
  });
}

// "وفي نفس السياق، قال …": the sentence continues the report before it, on its day.
const SAME_CONTEXT = new RegExp(`^(?:${fold("و|ف")})?(?:${fold("في نفس السياق|في السياق ذاته|في السياق نفسه|في سياق متصل")})`, "u");

function dateBySameContext(article: Article, candidates: Candidate[]) {
  for (const c of candidates) {
    if (c.date || !SAME_CONTEXT.test(article.folded.folded.slice(foldedIndex(article.folded, c.sentence.start), c.trigger.foldedStart))) continue;
    const previous = candidates.findLast((d) => d.sentence.index < c.sentence.index && c.sentence.index - d.sentence.index <= 2 && d.dating === "timex");
    if (previous) {
      c.date = previous.date;
      c.dating = "coreference";
    }
  }
}

/** The article's own news, told without a date, is dated by its publication. */
function dateByLead(article: Article, candidates: Candidate[]) {
  for (const c of candidates) {
    if (c.date || !article.lead.has(c.sentence.index)) continue;
    // "أعلنت كيانات … التوصل إلى اتفاق" … "وجاء إعلان الاتفاق مساء الأحد": the later,
    // anonymous mention dates the lead's event.
    const dated = candidates.find((d) => d.dating === "timex" && d.type === c.type && d.participants.length === 0 && d.date!.lastDay <= article.published);
    if (dated) {
      c.date = dated.date;
      c.timex = dated.timex;
      c.dating = "coreference";
      dated.participants = c.participants;
      continue;
    }
    if (!isVerb(c.trigger) && !LEAD_TYPES_FOR_NOUNS.includes(c.type)) continue;
    if (c.trigger.rule.tense === "future" || c.trigger.rule.name === "statement.verb.reported") continue;
    c.date = spanOfDays(article.published, article.published);
    c.dating = "lead";
  }
}

/** How many sentences into the body a named official's undated statement is still the day's news. */
const DAY_NEWS_SENTENCES = 5;
// "وكان … قد قال": the pluperfect tells what was said before, not the day's news.
const PLUPERFECT_BEFORE = new RegExp(`(?:^|\\s)(?:${fold("وكان|وكانت|كان|كانت")})(?![\\p{L}])[^.،]*$`, "u");
const SAID_TODAY: ReadonlySet<string> = new Set(["statement.verb.said", "statement.verb.expressed"]);

/**
 * "قال وزير الخارجية الفرنسي جان إيف لو دريان …" in the body of a report of the day's news: what
 * a named official said, in the past tense, with no date of its own, was said on the day the
 * article reports, as long as the article dates its own news by its publication (its lead was).
 */
function dateByDayNews(article: Article, candidates: Candidate[]) {
  if (!candidates.some((c) => c.dating === "lead" || (c.dating === "timex" && c.date!.firstDay === article.published))) return;
  for (const c of candidates) {
    if (c.date || !SAID_TODAY.has(c.trigger.rule.name) || c.sentence.index - firstBodySentence(article) >= DAY_NEWS_SENTENCES) continue;
    if (!c.participants.some((p) => (p.kind === "unknown" ? namesOfficial(fold(p.name)) : p.kind !== "place"))) continue;
    const lead = article.folded.folded.slice(foldedIndex(article.folded, c.sentence.start), c.trigger.foldedStart);
    if (PLUPERFECT_BEFORE.test(lead)) continue;
    c.date = spanOfDays(article.published, article.published);
    c.dating = "lead";
  }
}

function firstBodySentence(article: Article): number {
  return Math.min(...article.lead, Infinity);
}

/**
 * A copy of a candidate with other participants, its fields written out in the order
 * buildCandidates makes them: a spread copy ({ ...c }) would be an object of another shape, and
 * the loops that read candidates are fastest (and are not recompiled) when all share one.
 */
function withParticipants(c: Candidate, participants: ExtractedParticipant[]): Candidate {
  return {
    trigger: c.trigger,
    sentence: c.sentence,
    type: c.type,
    scheduled: c.scheduled,
    argument: c.argument,
    before: c.before,
    timex: c.timex,
    date: c.date,
    dating: c.dating,
    participants,
    place: c.place,
    definite: c.definite,
    jointGuests: c.jointGuests,
    elaborated: c.elaborated,
  };
}

const ONE_TO_ONE_MEETING = new Set(["meeting.verb.met", "meeting.verb.will-meet", "meeting.verb.meets"]);

/** "سيلتقي ظريف الأسد، ثم خميس، والمعلم": one host meeting several people is several meetings. */
function splitMeetings(candidates: Candidate[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (!ONE_TO_ONE_MEETING.has(c.trigger.rule.name) || c.participants.length < 3 || c.jointGuests) return [c];
    const [host, ...guests] = c.participants;
    const people = guests.filter((g) => g.kind === "person" || g.kind === "office");
    // "بنظيريه الروسي والتركي": counterparts met together, at a summit.
    if (people.length < 2 || people.filter((g) => g.office && g.start === people[0].start).length > 1) return [c];
    return people.map((guest) => withParticipants(c, [host, guest]));
  });
}

function quality(c: Candidate): number {
  return DATING.indexOf(c.dating!) * 10_000 + widthInDays(c.date!);
}

/** Folds repeated mentions of one event in the article into its best-dated mention. */
function foldRepeats(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const qualities = new Map(candidates.map((c) => [c, quality(c)]));
  for (const c of [...candidates].sort((a, b) => qualities.get(a)! - qualities.get(b)! || a.trigger.start - b.trigger.start)) {
    const same = kept.find(
      (k) =>
        k.type === c.type &&
        ((k.sentence === c.sentence && k.timex !== null && k.timex === c.timex && !(ONE_TO_ONE_MEETING.has(k.trigger.rule.name) && k.trigger === c.trigger)) ||
          (c.participants.length > 0 && isSameEvent(mergeCandidateOf(k, k.date!), mergeCandidateOf(c, c.date!)))),
    );
    if (!same) {
      kept.push(c);
      continue;
    }
    for (const p of c.participants) if (!same.participants.some((q) => q.actorId === p.actorId)) same.participants.push(p);
    same.place ??= c.place;
  }
  return kept.sort((a, b) => a.trigger.start - b.trigger.start);
}

/** The event's titles; an `other` event its rule has no label for is called by its trigger word. */
function titlesOf(c: Candidate, text: string): { title: string; titleEn: string } {
  const parts = { type: c.type, label: c.trigger.rule.label ?? null, participants: c.participants, place: c.place };
  const title = titleAr(c.type === "other" && !parts.label ? { ...parts, label: text.slice(c.trigger.start, c.trigger.end) } : parts);
  return { title, titleEn: titleEn(parts) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UNTIL = new RegExp(`^(?:${fold("لغاية|حتى|إلى|الى|ولغاية|وحتى")})\\s`, "u");

/**
 * "تشرين الثاني الجاري لغاية اليوم": a period followed by the day it runs until is one range,
 * from the period's start to that day, whether the tagger returned one expression or two.
 */
function joinOpenRanges(text: string, timexes: Timex[]): Timex[] {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const joined: Timex[] = [];
  for (const t of sorted) {
    const previous = joined[joined.length - 1];
    if (
      previous?.span && t.span && t.start - previous.end <= 10 &&
      UNTIL.test(fold(`${text.slice(previous.end, t.start)} ${t.text}`).trim() + " ") &&
      t.span.lastDay >= previous.span.firstDay
    ) {
      const span = spanOfDays(previous.span.firstDay, t.span.lastDay);
      joined[joined.length - 1] = {
        ...previous,
        end: t.end,
        text: text.slice(previous.start, t.end),
        value: span.edtf,
        kind: "range",
        span,
        rule: `${previous.rule}+until`,
      };
      continue;
    }
    joined.push(t);
  }
  return joined;
}

/** The article's durations: the tagger's, then those anchored on another event that it missed. */
function durationsIn(text: string, folded: FoldedText, timexes: Timex[]): Timex[] {
  // Collected into a span list (spanList): the tagger's list may come in another array shape.
  const durations = spanList<Timex>();
  for (const t of timexes) if (t.kind === "duration") durations.push(t);
  for (const t of anchoredDurations(text, folded, timexes)) durations.push(t);
  return durations;
}

/** Bare copies of the spans of `items`, in a list shaped like every other span list (spanList). */
function spansOf(items: readonly Span[]): Span[] {
  const spans = spanList<Span>();
  for (const { start, end } of items) spans.push({ start, end });
  return spans;
}

/** How many years past its publication an article can still schedule an event. */
const PROJECTION_YEARS = 2;

export function extractEvents(text: string, timexes: Timex[], options: { published: string }): ExtractedEvent[] {
  const published = options.published.slice(0, 10);
  if (!DAY.test(published)) throw new Error(`published must be a yyyy-mm-dd date, got "${options.published}"`);
  const folded = foldWithWords(text);
  const sentences = splitSentences(text);
  const speech = quotedSpeech(text);
  const datable = joinOpenRanges(text, timexes).filter((t) => t.span && (t.kind === "date" || t.kind === "range") && !inside(speech, t.start));
  const article: Article = {
    text,
    folded,
    published,
    sentences,
    speech,
    mentions: findMentions(folded, published),
    triggers: findTriggers(text, folded).filter((t) => !inside(speech, t.start)),
    datable,
    dateSpans: spansOf(datable),
    durations: durationsIn(text, folded, timexes),
    lead: leadSentences(text, sentences),
    mainState: undefined,
  };

  const candidates = resolveDefinites(buildCandidates(article));
  addMembers(article, candidates);
  // Lead summaries with only nameless actors are dated first: later sentences elaborate them.
  dateByLead(article, candidates.filter((c) => c.participants.length > 0 && c.participants.every((p) => p.kind === "unknown")));
  dateByCoreference(candidates);
  dateByAnchor(article, candidates);
  // A trip the article dates bounds an undated meeting better than the publication day does;
  // the trip itself may be the lead's news.
  dateByLead(article, candidates.filter((c) => c.type === "visit"));
  dateByContext(article, candidates);
  dateByLead(article, candidates);
  dateBySameContext(article, candidates);
  dateByDayNews(article, candidates);
  // An event nobody takes part in cannot be told apart from any other: it is not reported.
  // "رؤية 2030", "بحلول عام 2050": a year that far ahead is a target or a projection, not an event.
  const horizon = `${Number(published.slice(0, 4)) + PROJECTION_YEARS}-12-31`;
  const dated = candidates.filter(
    (c) => c.date && c.date.firstDay <= horizon && !c.elaborated && c.participants.length > 0 && (c.type !== "statement" || c.dating !== "context"),
  );
  const events = foldRepeats(splitMeetings(dated));

  return events.map((c) => {
    // Offices resolve on the event's own day, which may differ from the day first assumed.
    const onDay = c.date!.firstDay;
    return {
      type: c.type,
      date: c.date!,
      dateInferred: c.dating !== "timex",
      scheduled: c.scheduled || (c.date!.firstDay > published && c.trigger.rule.tense !== "past"),
      participants: c.participants.map((p) => (p.office ? reresolve(p, onDay) : p)),
      place: c.place,
      excerpt: { start: c.sentence.start, end: c.sentence.end },
      timex: c.timex,
      ...titlesOf(c, text),
      confidence: Math.round(c.trigger.rule.confidence * DATING_FACTOR[c.dating!] * 100) / 100,
      rule: `${c.trigger.rule.name}+date:${c.dating}`,
    };
  });
}

/** A participant named by an office title is whoever held it on the event's own day. */
function reresolve(p: ExtractedParticipant, onDay: string): ExtractedParticipant {
  const holder = officeHolder(p.office!, onDay);
  return holder ? { ...p, actorId: holder, kind: "person" } : { ...p, actorId: p.office!, kind: "office" };
}
