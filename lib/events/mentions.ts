// Finds the register's actors in an article: full names and titles anywhere, short names
// (surnames) only for actors the article has already named in full, and demonyms (الإيراني)
// as references to their state.
import type { ActorKind } from "../model";
import { type FoldedText } from "./arabic";
import { loadActorRegister, officeHolder } from "./register";
import { WordFilter, wordsOf, type FoldedWords } from "./words";

export interface Mention {
  start: number;
  end: number;
  foldedStart: number;
  foldedEnd: number;
  actorId: string;
  kind: ActorKind;
  via: "name" | "short" | "demonym";
  /** A preposition fused to the name (بـ، لـ): the actor is an object, not a subject. */
  preposition: boolean;
}

const LONGEST_NAME_TOKENS = 9;
/** A clitic that makes the name an object (بـ، لـ، كـ). */
const PREPOSITION = /[بلك]/;

/** The first word with its clitics peeled: وبإيران → بإيران → إيران; للعراق → العراق. */
function variants(word: string): Variant[] {
  const out = [{ form: word, peeled: 0 }];
  const push = (form: string, peeled: number) => {
    if (form.length >= 2 && !out.some((o) => o.form === form)) out.push({ form, peeled });
  };
  for (const { form, peeled } of [...out]) if (/^[وف]/.test(form)) push(form.slice(1), peeled + 1);
  for (const { form, peeled } of [...out]) {
    if (form.startsWith("لل")) push("ال" + form.slice(2), peeled + 1);
    if (/^[بلك]/.test(form)) push(form.slice(1), peeled + 1);
  }
  return out;
}

interface Variant {
  form: string;
  peeled: number;
}

/** The three ways an article names an actor, each looked up in its own part of the register. */
type Via = Mention["via"];
const VIAS: readonly Via[] = ["name", "short", "demonym"];

/** The names of one kind arranged word by word: what may open one, and what a longer one continues. */
interface NameSet {
  /** A written word → its clitic readings that are the first word of some name of this kind. */
  openers: Map<string, Variant[]>;
  /** Every word sequence that some name of this kind continues past (its proper word prefixes). */
  continued: Set<string>;
}

/**
 * The register's names arranged for lookup word by word, built once, so that the search looks
 * only at words that may open a name and stops as soon as no name can match.
 */
interface NameIndex {
  sets: Record<Via, NameSet>;
  /** Every written word that opens a name of any kind, to pass over the rest without cutting them out. */
  openerFilter: WordFilter;
}

let nameIndex: NameIndex | null = null;

function buildNameSet(keys: Iterable<string>, via: Via): NameSet {
  const firstWords = new Set<string>();
  const continued = new Set<string>();
  for (const key of keys) {
    const words = key.split(" ");
    firstWords.add(words[0]);
    // The accusative alif a demonym may carry ("إسرائيلياً") is read off its last word.
    if (via === "demonym" && words.length === 1) firstWords.add(words[0] + "ا");
    for (let n = 1; n < words.length; n++) continued.add(words.slice(0, n).join(" "));
  }
  // Every written form whose clitic readings (variants) can reach a first word: the word
  // itself, or it behind و/ف, ب/ل/ك, and للـ for الـ.
  const openers = new Map<string, Variant[]>();
  for (const first of firstWords) {
    const bare = [first, ..."بلك".split("").map((p) => p + first), ...(first.startsWith("ال") ? ["لل" + first.slice(2)] : [])];
    for (const written of [...bare, ...bare.flatMap((w) => ["و" + w, "ف" + w])]) {
      if (openers.has(written)) continue;
      const readings = variants(written).filter((v) => firstWords.has(v.form));
      if (readings.length) openers.set(written, readings);
    }
  }
  return { openers, continued };
}

function buildNameIndex(): NameIndex {
  const reg = loadActorRegister();
  const sets: Record<Via, NameSet> = {
    name: buildNameSet(reg.byName.keys(), "name"),
    short: buildNameSet(reg.byShortName.keys(), "short"),
    demonym: buildNameSet(reg.byDemonym.keys(), "demonym"),
  };
  const openerFilter = new WordFilter(VIAS.flatMap((via) => [...sets[via].openers.keys()]));
  return { sets, openerFilter };
}

type Lookup = (key: string) => string | null;

/** Where a name may start: a word (by index) and, for each kind, its clitic readings that open one. */
interface Opening {
  at: number;
  readings: Record<Via, Variant[] | undefined>;
}

function openings(words: FoldedWords, index: NameIndex): Opening[] {
  const found: Opening[] = [];
  for (let i = 0; i < words.count; i++) {
    if (words.caseless[i] && !index.openerFilter.mayHave(words.hash[i])) continue;
    const key = words.key(i);
    const readings = {
      name: index.sets.name.openers.get(key),
      short: index.sets.short.openers.get(key),
      demonym: index.sets.demonym.openers.get(key),
    };
    if (readings.name || readings.short || readings.demonym) found.push({ at: i, readings });
  }
  return found;
}

/** The names of one kind (`via`) in the words not yet taken, longest first from each word; marks their words taken. */
function scan(words: FoldedWords, starts: Opening[], folded: FoldedText, via: Via, lookup: Lookup, taken: Uint8Array): Mention[] {
  const reg = loadActorRegister();
  const { continued } = nameIndex!.sets[via];
  const found: Mention[] = [];
  for (const { at: i, readings } of starts) {
    const forms = readings[via];
    if (!forms || taken[i]) continue;
    let best: { length: number; id: string; peeled: number } | null = null;
    for (const { form, peeled } of forms) {
      let key = form;
      for (let n = 1; n <= LONGEST_NAME_TOKENS && i + n <= words.count; n++) {
        if (n > 1) {
          if (words.breakBefore[i + n - 1] || taken[i + n - 1]) break;
          key += " " + words.key(i + n - 1);
        }
        const id = lookup(key);
        if (id && (!best || n > best.length)) best = { length: n, id, peeled };
        if (!continued.has(key)) break;
      }
    }
    if (!best) continue;
    const foldedStart = words.start[i] + best.peeled;
    const foldedEnd = words.end[i + best.length - 1];
    found.push({
      start: folded.map[foldedStart],
      end: folded.map[foldedEnd],
      foldedStart,
      foldedEnd,
      actorId: best.id,
      kind: via === "demonym" ? "state" : reg.actors.get(best.id)!.kind,
      via,
      preposition: PREPOSITION.test(words.key(i).slice(0, best.peeled)),
    });
    taken.fill(1, i, i + best.length);
  }
  return found;
}

/**
 * Every register mention in the article, in text order. `published` (yyyy-mm-dd) decides which
 * holder of an office the article's short names may refer to.
 */
export function findMentions(folded: FoldedText, published: string): Mention[] {
  const reg = loadActorRegister();
  nameIndex ??= buildNameIndex();
  const words = wordsOf(folded);
  const starts = openings(words, nameIndex);
  const taken = new Uint8Array(words.count);
  const named = scan(words, starts, folded, "name", (key) => {
    const ids = reg.byName.get(key);
    return ids?.length === 1 ? ids[0] : null;
  }, taken);

  const introduced = new Set<string>();
  for (const m of named) {
    introduced.add(m.actorId);
    if (m.kind === "office") {
      const holder = officeHolder(m.actorId, published);
      if (holder) introduced.add(holder);
    }
  }
  // Short names count only for actors already introduced: with none, there is nothing to find.
  const short = introduced.size === 0 ? [] : scan(words, starts, folded, "short", (key) => {
    const ids = (reg.byShortName.get(key) ?? []).filter((id) => introduced.has(id));
    return ids.length === 1 ? ids[0] : null;
  }, taken);
  // The accusative adds an alif: "عدواناً إسرائيلياً".
  const demonyms = scan(words, starts, folded, "demonym", (key) => reg.byDemonym.get(key) ?? (key.endsWith("ا") ? reg.byDemonym.get(key.slice(0, -1)) ?? null : null), taken);
  return [...named, ...short, ...demonyms].sort((a, b) => a.start - b.start);
}
