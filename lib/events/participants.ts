// Who takes part in an event: the register actors named in the trigger's clause (its subject
// and objects in Arabic's verb-first order), the counterpart a "نظيره الإيراني" points to, and,
// when the register knows nobody there, the noun phrase that follows the verb.
import { isPartyPhrase } from "./actor-phrase";
import type { ActorKind } from "../model";
import { NOT_AFTER_LETTER, NOT_BEFORE_LETTER, fold, nameKey, type FoldedText } from "./arabic";
import type { Mention } from "./mentions";
import { loadActorRegister, officeHolder, unregisteredActorIdOfFolded } from "./register";
import { firstStartingFrom, startingWithin, type Span } from "./text";
import type { ExtractedParticipant } from "./types";
import { UnitSet, wordEndWithin, wordStartWithin } from "./words";

const MARK = /[\u064B-\u065F\u0670\u0640]/;
const MARKS = new RegExp(MARK.source, "g");
const MARK_UNITS = new UnitSet(MARK);
/** Words that end the noun phrase after a verb: prepositions, complementisers, particles. */
const PHRASE_STOP = new Set(
  stripMarks(
    "في على إلى الى من عن مع خلال بعد قبل منذ عند حول بشأن ضد أن إن أنه إنه أنها إنها بأن لأن أنّ إنّ أنهم إنهم الذي التي الذين اللذين اللتين وذلك حيث إذ بينما فيما لكن كما قد لم لن لا ما بسبب عبر نحو أمام وفق وفقا حسب بحسب اليوم أمس غدا أيضا أيضاً كذلك بدوره بدورها فقط حاليا دون إنهما أنهما بأنهما بعدما عندما حينما كلما",
  ).split(" "),
);
/** Diacritics off, letters kept as written: على ("on") must stay apart from the name علي. */
function stripMarks(word: string): string {
  // Most words carry no mark: they are returned as they are, without a regex pass.
  return MARK_UNITS.within(word, 0, word.length) ? word.replace(MARKS, "") : word;
}
const PHRASE_BREAK = new UnitSet(/[،,.:;؛!?؟"“”«»()\n]/);
const LONGEST_PHRASE = 8;
/** "عدد من المدنيين", "عشرات الجنود": counts of victims or crowds are not actors. */
const QUANTITY = /^(?:[\d٠-٩]+|عدد|بعض|معظم|جميع|كل|أكثر|اكثر|نحو|حوالي)$/u;
/** Prepositions carrying a pronoun (عليها، معه) point back to something named before. */
const PRONOUN_OBJECT = /^(?:و?)(?:عليه|عليها|عليهم|له|لها|لهم|به|بها|بهم|منه|منها|عنه|عنها|معه|معها|إليه|إليها|فيه|فيها)$/u;

/** "نظيره الإيراني", "نظيريه الروسي والتركي": a counterpart of the subject in another state. */
const COUNTERPART = new RegExp(`${NOT_AFTER_LETTER}(?:و|ب|ل)?نظير(?:ه|ها|يه|يها|هما|تها|ته)${NOT_BEFORE_LETTER}`, "gu");

export interface ParticipantContext {
  folded: FoldedText;
  text: string;
  mentions: Mention[];
  /** The day offices are resolved on: the event's first day. */
  onDay: string;
}

function holderOrOffice(actorId: string, onDay: string): { actorId: string; kind: ActorKind } {
  const reg = loadActorRegister();
  const a = reg.actors.get(actorId);
  if (a?.kind === "office") {
    const holder = officeHolder(actorId, onDay);
    if (holder) return { actorId: holder, kind: "person" };
  }
  return { actorId, kind: a?.kind ?? "unknown" };
}

const QUOTE_MARKS = /["“”«»]/g;
const SPACES = /\s+/g;
const QUOTE_MARK_UNITS = new UnitSet(/["“”«»]/);
const SPACE_UNITS = new UnitSet(/\s/);
const SPACE = 0x20;

/** A name as written, without quotation marks and with single spaces. */
function cleanName(written: string): string {
  // Most names have neither: they are returned as they are, without two regex passes.
  for (let i = 0; i < written.length; i++) {
    const unit = written.charCodeAt(i);
    if (QUOTE_MARK_UNITS.has(unit) || (SPACE_UNITS.has(unit) && (unit !== SPACE || SPACE_UNITS.has(written.charCodeAt(i + 1))))) {
      return written.replace(QUOTE_MARKS, "").replace(SPACES, " ");
    }
  }
  return written;
}
const LETTER_CHAR = /\p{L}/u;

function fromMention(m: Mention, ctx: ParticipantContext): ExtractedParticipant {
  const capitalOf = isCapital(m) ? loadActorRegister().actors.get(m.actorId)!.state : null;
  const resolved = capitalOf ? { actorId: capitalOf, kind: "state" as const } : holderOrOffice(m.actorId, ctx.onDay);
  const surface = ctx.text.slice(m.start, m.end);
  // للبرلمان العراقي is peeled to "لبرلمان العراقي": give the article back (البرلمان العراقي).
  const name = cleanName(m.preposition && surface.startsWith("ل") && ctx.text[m.start - 1] === "ل" ? `ال${surface.slice(1)}` : surface);
  return participant(name, resolved.actorId, resolved.kind, m.start, m.end, m.kind === "office" ? m.actorId : undefined);
}

/**
 * A participant. Every one is built here, with the same fields in the same order (office left
 * undefined when no title named them, which JSON leaves out): the engine then sees one shape.
 */
export function participant(name: string, actorId: string, kind: ActorKind, start: number, end: number, office?: string): ExtractedParticipant {
  return { name, actorId, kind, start, end, office };
}

/** The office a participant held on the day, if the register knows one. */
function officeOf(p: ExtractedParticipant, onDay: string): string | null {
  if (p.office) return p.office;
  const reg = loadActorRegister();
  return (reg.officesOf.get(p.actorId) ?? []).find((office) => officeHolder(office, onDay) === p.actorId) ?? null;
}

function counterparts(span: Span, subject: ExtractedParticipant | undefined, ctx: ParticipantContext): ExtractedParticipant[] {
  if (!subject) return [];
  const office = officeOf(subject, ctx.onDay);
  const reg = loadActorRegister();
  const role = office ? reg.actors.get(office)?.role : null;
  if (!role) return [];
  const found: ExtractedParticipant[] = [];
  const from = foldedIndex(ctx.folded, span.start);
  const to = foldedIndex(ctx.folded, span.end);
  const clause = ctx.folded.folded.slice(from, to);
  COUNTERPART.lastIndex = 0;
  for (let m = COUNTERPART.exec(clause); m; m = COUNTERPART.exec(clause)) {
    const at = from + m.index;
    // The states that qualify the counterpart: demonyms right after it.
    const following = ctx.mentions.filter((x) => x.via === "demonym" && x.foldedStart >= at && x.foldedStart - at < 40);
    for (const demonym of following) {
      const counterpartOffice = reg.officeByRole.get(`${nameKey(role)}|${demonym.actorId}`);
      if (!counterpartOffice) continue;
      const resolved = holderOrOffice(counterpartOffice, ctx.onDay);
      found.push(participant(reg.actors.get(counterpartOffice)!.nameAr, resolved.actorId, resolved.kind, ctx.folded.map[at], demonym.end, counterpartOffice));
    }
  }
  return found;
}

export function foldedIndex(folded: FoldedText, original: number): number {
  // Folding drops only a few marks: the index lies between `original` less the units dropped
  // in the whole text and `original` itself, a narrow range to search.
  const last = folded.map.length - 1;
  const dropped = folded.map[last] - last;
  let hi = Math.max(0, Math.min(original, last));
  let lo = Math.min(Math.max(0, original - dropped), hi);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The noun phrase that starts the span (after any dates and commas): an unregistered subject. */
export function leadingPhrase(span: Span, skip: Span[], ctx: ParticipantContext): ExtractedParticipant | null {
  const words: { start: number; end: number }[] = [];
  let last = span.start;
  for (let start = wordStartWithin(ctx.text, span.start, span.end), end = 0; start >= 0; start = wordStartWithin(ctx.text, end, span.end)) {
    end = wordEndWithin(ctx.text, start, span.end);
    if (skip.some((s) => start >= s.start && start < s.end)) {
      if (words.length) break;
      last = end;
      continue;
    }
    if (words.length && PHRASE_BREAK.within(ctx.text, last, start)) break;
    if (PHRASE_STOP.has(stripMarks(ctx.text.slice(start, end)))) {
      if (words.length) break;
      return null;
    }
    words.push({ start, end });
    last = end;
    if (words.length === LONGEST_PHRASE) break;
  }
  // A span cut inside a word (للبرلمان, cut before the name) does not keep the stub.
  if (words.length && LETTER_CHAR.test(ctx.text[words[words.length - 1].end] ?? "")) words.pop();
  const firstWord = ctx.text.slice(words[0]?.start ?? 0, words[0]?.end ?? 0);
  if (words.length === 0 || QUANTITY.test(firstWord) || PRONOUN_OBJECT.test(stripMarks(firstWord))) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const name = ctx.text.slice(start, end);
  // Folding works character by character: the folded article already holds the name folded.
  const folded = ctx.folded.folded.slice(foldedIndex(ctx.folded, start), foldedIndex(ctx.folded, end));
  if (!isPartyPhrase(folded)) return null;
  return participant(name, unregisteredActorIdOfFolded(folded), "unknown", start, end);
}

// "في سوتشي بجنوب روسيا", "إلى سوريا": a state named as where, not who.
const LOCATIVE = new RegExp(
  `(?:^|\\s)(?:${fold("في|إلى|ب|من|داخل|عبر")})\\s*(?:(?:${fold("جنوب|شمال|شرق|غرب|وسط|جنوبي|شمالي|شرقي|غربي|أنحاء|مختلف|العاصمة|مدينة|محافظة|ولاية")})\\s+)?$`,
  "u",
);

/** "وارسو كانت قد أعلنت": a capital that acts speaks for its state. */
function isCapital(m: Mention): boolean {
  return m.kind === "place" && loadActorRegister().actors.get(m.actorId)?.capital === true;
}

function isLocative(m: Mention, ctx: ParticipantContext): boolean {
  if (m.preposition) return true;
  return LOCATIVE.test(ctx.folded.folded.slice(Math.max(0, m.foldedStart - 20), m.foldedStart));
}

export interface ParticipantQuery {
  /** Where the subject and objects are looked for (after the trigger, to the clause end). */
  argument: Span;
  /** Before the trigger, for verb-final clauses and pronoun subjects. */
  before: Span;
  /** Dates and other spans that are not names. */
  skip: Span[];
  /** A noun trigger: demonyms right after it name a party (الغارات الإسرائيلية). */
  nounAt: number | null;
  /** The participant a pronoun suffix or a dropped subject points to, if known. */
  implicitSubject: ExtractedParticipant | null;
  /** Whether a bare noun phrase may stand in for an unregistered subject. */
  allowPhrase: boolean;
  /** Whether names with a fused preposition (للميادين، لـ"هيومن رايتس ووتش") are addressees, not parties. */
  skipAddressees: boolean;
}

const PARTY_KINDS: ActorKind[] = ["person", "office", "state", "organisation"];
/** Between a title and the name it is in apposition to: spaces, commas, quotation marks. */
const APPOSITION_GAP = /^[\s،,"“”]*$/;
/** Between a noun and its adjective: spaces and quotation marks (الغارات “الإسرائيلية”). */
const ADJECTIVE_GAP = /^[\s"“”«»]*$/;

/** The register actors named in a span, and no one else: who a name or a sentence stands for. */
export function participantsNamedIn(span: Span, ctx: ParticipantContext): ExtractedParticipant[] {
  // A plain span, whatever object carried the offsets: one shape for every query.
  const named = { start: span.start, end: span.end };
  return findParticipants(
    { argument: named, before: named, skip: [], nounAt: null, implicitSubject: null, allowPhrase: false, skipAddressees: false },
    ctx,
  );
}

/** Whether a mention names a party to the event rather than a place, an addressee or an adjective. */
function isParty(m: Mention, q: ParticipantQuery, ctx: ParticipantContext): boolean {
  return (
    (PARTY_KINDS.includes(m.kind) || isCapital(m)) &&
    m.via !== "demonym" &&
    !(q.skipAddressees && m.preposition) &&
    !((m.kind === "state" || m.kind === "place") && isLocative(m, ctx))
  );
}

export function findParticipants(q: ParticipantQuery, ctx: ParticipantContext): ExtractedParticipant[] {
  const found = startingWithin(ctx.mentions, q.argument).filter((m) => isParty(m, q, ctx));
  // "وزير الخارجية الإيراني، محمد جواد ظريف": a title in apposition to a name is that person's,
  // whoever the register says held the office that day.
  const titles = found.filter(
    (m, i) => m.kind === "office" && found[i + 1]?.kind === "person" && APPOSITION_GAP.test(ctx.text.slice(m.end, found[i + 1].start)),
  );
  let named = found.filter((m) => !titles.includes(m)).map((m) => fromMention(m, ctx));
  if (q.nounAt !== null) {
    const nounAt = q.nounAt;
    // Only right after the noun (الغارات “الإسرائيلية”), not a counterpart's (لقائه نظيره السوري).
    // Only the first demonym after the noun can be: any later one has that one in its gap.
    let adjective: Mention | null = null;
    for (let i = firstStartingFrom(ctx.mentions, nounAt); i < ctx.mentions.length; i++) {
      const m = ctx.mentions[i];
      if (m.via !== "demonym") continue;
      if (ADJECTIVE_GAP.test(ctx.text.slice(nounAt, m.start))) adjective = m;
      break;
    }
    if (adjective) named.unshift(fromMention(adjective, ctx));
  }
  const phrase = q.allowPhrase
    ? leadingPhrase({ start: q.argument.start, end: named.length ? Math.min(...named.map((p) => p.start)) : q.argument.end }, q.skip, ctx)
    : null;
  // A subject the register does not know, before the actors it does ("أغلبية قوات التحالف
  // والقوات الأميركية العراق"): the phrase up to the first known name, unless it is just the
  // title of the person named next ("وزير الدفاع العماد علي محمود عباس").
  const titleOfNext = named.length > 0 && phrase !== null && named[0].kind === "person" && APPOSITION_GAP.test(ctx.text.slice(phrase.end, named[0].start));
  if (named.length && phrase && !titleOfNext) named = [...named, phrase];
  if (named.length === 0) {
    // The last party named before: read back from the end of the span, stopping at the first.
    const from = firstStartingFrom(ctx.mentions, q.before.start);
    for (let i = firstStartingFrom(ctx.mentions, q.before.end) - 1; i >= from; i--) {
      if (!isParty(ctx.mentions[i], q, ctx)) continue;
      named = [fromMention(ctx.mentions[i], ctx)];
      break;
    }
  }
  // A noun phrase right after the verb is its subject ("قالت المحكمة العليا"); only a verb
  // followed by no subject at all ("وأكد أن …") takes the one the story is about.
  if (named.length === 0 && phrase) named = [phrase];
  if (named.length === 0 && q.implicitSubject) named = [q.implicitSubject];
  const all = [...named, ...counterparts(q.argument, named[0] ?? q.implicitSubject ?? undefined, ctx)];
  if (q.implicitSubject && all.length && !all.some((p) => p.actorId === q.implicitSubject!.actorId) && q.nounAt !== null) {
    all.unshift(q.implicitSubject);
  }
  return dedupe(all);
}

/** One entry per actor: a person's own name is kept over the title that resolved to them. */
function dedupe(participants: ExtractedParticipant[]): ExtractedParticipant[] {
  // A clause names a handful: a scan of the kept ones is cheaper than a map.
  const kept: ExtractedParticipant[] = [];
  for (const p of participants) {
    const at = kept.findIndex((q) => q.actorId === p.actorId);
    if (at < 0) kept.push(p);
    else if (kept[at].office && !p.office) kept[at] = p;
  }
  return kept;
}
