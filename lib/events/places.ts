// Where an event happened: a place the clause points to with في / إلى / بـ (optionally through
// "العاصمة", "مدينة" …), normalised to its register name: في العاصمة دمشق → دمشق.
import { fold, type FoldedText } from "./arabic";
import type { Mention } from "./mentions";
import { foldedIndex } from "./participants";
import { loadActorRegister, resolveActor } from "./register";
import { startingWithin, type Span } from "./text";
import { Vocabulary, wordsOf } from "./words";

const SETTLEMENT = fold("العاصمة|عاصمة|مدينة|بلدة|قرية|محافظة|ولاية|مقاطعة|منطقة|مخيم|مطار|قاعدة|ريف");
// The preposition (and settlement word) that must sit right before a place mention.
const POINTS_TO = new RegExp(`(?:^|[\\s،,])(?:و)?(?:${fold("في|إلى|ب|ل|لدى|نحو|من")})\\s*(?:(?:ال)?(?:${SETTLEMENT})\\s+(?:[\\p{L}]+\\s+)?)?$`, "u");
// A settlement the register does not know: "في بلدة عرسال" → عرسال.
const TOWN = fold("مدينة|بلدة|قرية|محافظة|ولاية|مقاطعة|مخيم");
const UNKNOWN_PLACE = new RegExp(`(?:${fold("في|إلى")})\\s+(?:${TOWN})\\s+([\\p{L}]{3,})`, "u");
/** The settlement words, to search a clause for an unknown place only where it has one. */
const TOWN_WORDS = new Vocabulary(TOWN.split("|"));

const PLACE_KINDS = new Set(["place", "state"]);
/** A preposition written on the place itself: بدمشق، لطهران. */
const FUSED_PREPOSITION = /^[بل]$/;

/**
 * The place a clause names for its event: the first register place or state introduced by a
 * preposition inside `span` (a state as a bare direct object counts for visits: زار أنقرة).
 */
export function findPlace(
  span: Span,
  mentions: Mention[],
  folded: FoldedText,
  text: string,
  directObjectAt: number | null,
): string | null {
  const reg = loadActorRegister();
  const from = foldedIndex(folded, span.start);
  for (const m of startingWithin(mentions, span)) {
    if (m.end > span.end || !PLACE_KINDS.has(m.kind) || m.via === "demonym") continue;
    const lead = folded.folded.slice(Math.max(from, m.foldedStart - 40), m.foldedStart);
    const isDirectObject = directObjectAt !== null && m.start - directObjectAt <= 2;
    if (POINTS_TO.test(lead) || isDirectObject || FUSED_PREPOSITION.test(folded.folded.slice(m.foldedStart - 1, m.foldedStart))) {
      return reg.actors.get(m.actorId)!.nameAr;
    }
  }
  const to = foldedIndex(folded, span.end);
  const words = wordsOf(folded);
  const unknown = TOWN_WORDS.anyWithin(words, from, to) ? UNKNOWN_PLACE.exec(folded.folded.slice(from, to)) : null;
  if (!unknown) return null;
  const start = from + unknown.index + unknown[0].length - unknown[1].length;
  return text.slice(folded.map[start], folded.map[start + unknown[1].length - 1] + 1);
}

/** The state id a place lies in (or the place itself when it is a state); null when unknown. */
export function placeCountry(place: string | null): string | null {
  if (!place) return null;
  const actor = resolveActor(place);
  if (!actor) return null;
  if (actor.kind === "state") return actor.id;
  return actor.kind === "place" ? actor.state : null;
}
