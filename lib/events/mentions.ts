// Finds the register's actors in an article: full names and titles anywhere, short names
// (surnames) only for actors the article has already named in full, and demonyms (الإيراني)
// as references to their state.
import type { ActorKind } from "../model";
import { type FoldedText } from "./arabic";
import { loadActorRegister, officeHolder } from "./register";
import { Vocabulary, wordsOf, type FoldedWords, type VocabularyReader } from "./words";

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

/**
 * The keys of one kind as a trie over their words: node 0 is the root, every other node the
 * word sequence (a key or a proper prefix of one) on the path to it.
 */
interface NameTrie {
  /** The register ids each node's word sequence (joined by spaces) names in this kind, if any. */
  ids: (readonly string[] | undefined)[];
  /** Whether some key continues past the node's sequence. */
  continued: boolean[];
  /** Per node: the entry in NameIndex.words of a following word → the node it leads to. */
  children: (Map<number, number> | undefined)[];
}

/** A clitic reading of a written word that is the first word of some name (its trie node). */
interface Reading extends Variant {
  node: number;
}

/** The names of one kind arranged word by word: what may open one, and how a longer one goes on. */
interface NameSet {
  /** A written word → its clitic readings that are the first word of some name of this kind. */
  openers: Map<string, Reading[]>;
  trie: NameTrie;
}

/**
 * The register's names arranged for lookup word by word, built once, so that the search looks
 * only at words that may open a name and stops as soon as no name can match.
 */
interface NameIndex {
  sets: Record<Via, NameSet>;
  /** Every written word that opens a name of any kind. */
  openerWords: Vocabulary;
  /** Per entry of openerWords: its readings in each kind. */
  openerReadings: Record<Via, Reading[] | undefined>[];
  /** Every word of every name: the trie's edges are labelled by their entries. */
  words: Vocabulary;
}

let nameIndex: NameIndex | null = null;

/** The sequences a lookup may succeed on, or continue past: keys, their proper word prefixes, and for demonyms the accusative alif. */
function trieSequences(keys: Iterable<string>, via: Via): { sequences: Set<string>; continued: Set<string> } {
  const sequences = new Set<string>();
  const continued = new Set<string>();
  for (const key of keys) {
    const words = key.split(" ");
    sequences.add(key);
    // The accusative adds an alif: "عدواناً إسرائيلياً" (see the demonym ids in buildNameIndex).
    if (via === "demonym") sequences.add(key + "ا");
    for (let n = 1; n < words.length; n++) continued.add(words.slice(0, n).join(" "));
  }
  for (const prefix of continued) sequences.add(prefix);
  return { sequences, continued };
}

function buildTrie(sequences: Set<string>, continued: Set<string>, words: Vocabulary, idsOf: IdsOf): NameTrie {
  const trie: NameTrie = { ids: [undefined], continued: [true], children: [undefined] };
  for (const sequence of sequences) {
    let node = 0;
    const path: string[] = [];
    for (const word of sequence.split(" ")) {
      path.push(word);
      const entry = words.indexOf(word);
      const children = (trie.children[node] ??= new Map());
      let child = children.get(entry);
      if (child === undefined) {
        child = trie.ids.length;
        const key = path.join(" ");
        trie.ids.push(idsOf(key));
        trie.continued.push(continued.has(key));
        trie.children.push(undefined);
        children.set(entry, child);
      }
      node = child;
    }
  }
  return trie;
}

/** The register ids a key names in one kind. */
type IdsOf = (key: string) => readonly string[] | undefined;

function buildNameSet(keys: Iterable<string>, via: Via, words: Vocabulary, idsOf: IdsOf): NameSet {
  const { sequences, continued } = trieSequences(keys, via);
  const trie = buildTrie(sequences, continued, words, idsOf);
  const firstWords = new Map<string, number>();
  for (const [entry, node] of trie.children[0]!) firstWords.set(words.entries[entry], node);
  // Every written form whose clitic readings (variants) can reach a first word: the word
  // itself, or it behind و/ف, ب/ل/ك, and للـ for الـ.
  const openers = new Map<string, Reading[]>();
  for (const first of firstWords.keys()) {
    const bare = [first, ..."بلك".split("").map((p) => p + first), ...(first.startsWith("ال") ? ["لل" + first.slice(2)] : [])];
    for (const written of [...bare, ...bare.flatMap((w) => ["و" + w, "ف" + w])]) {
      if (openers.has(written)) continue;
      const readings = variants(written)
        .filter((v) => firstWords.has(v.form))
        .map((v) => ({ ...v, node: firstWords.get(v.form)! }));
      if (readings.length) openers.set(written, readings);
    }
  }
  return { openers, trie };
}

function buildNameIndex(): NameIndex {
  const reg = loadActorRegister();
  const keys: Record<Via, string[]> = { name: [...reg.byName.keys()], short: [...reg.byShortName.keys()], demonym: [...reg.byDemonym.keys()] };
  const words = new Vocabulary(VIAS.flatMap((via) => [...trieSequences(keys[via], via).sequences].flatMap((s) => s.split(" "))));
  const sets: Record<Via, NameSet> = {
    name: buildNameSet(keys.name, "name", words, (key) => reg.byName.get(key)),
    short: buildNameSet(keys.short, "short", words, (key) => reg.byShortName.get(key)),
    // The accusative adds an alif: "عدواناً إسرائيلياً".
    demonym: buildNameSet(keys.demonym, "demonym", words, (key) => {
      const state = reg.byDemonym.get(key) ?? (key.endsWith("ا") ? reg.byDemonym.get(key.slice(0, -1)) : undefined);
      return state ? [state] : undefined;
    }),
  };
  const openerWords = new Vocabulary(VIAS.flatMap((via) => [...sets[via].openers.keys()]));
  const openerReadings = openerWords.entries.map((written) => ({
    name: sets.name.openers.get(written),
    short: sets.short.openers.get(written),
    demonym: sets.demonym.openers.get(written),
  }));
  return { sets, openerWords, openerReadings, words };
}

/** Which one actor, if any, a name's register ids stand for in this article. */
type Lookup = (ids: readonly string[]) => string | null;

/** Where names of one kind may start: the words (by index) and their clitic readings that open one. */
interface Openings {
  at: number[];
  readings: Reading[][];
}

/** The words that may open a name, for each kind, in text order. */
function openings(words: FoldedWords, index: NameIndex): Record<Via, Openings> {
  const found: Record<Via, Openings> = { name: { at: [], readings: [] }, short: { at: [], readings: [] }, demonym: { at: [], readings: [] } };
  const openerWords = index.openerWords.in(words);
  for (const i of openerWords.known) {
    const entry = openerWords.at(i);
    if (entry < 0) continue;
    const { name, short, demonym } = index.openerReadings[entry];
    if (name) add(found.name, i, name);
    if (short) add(found.short, i, short);
    if (demonym) add(found.demonym, i, demonym);
  }
  return found;
}

function add(openings: Openings, at: number, readings: Reading[]) {
  openings.at.push(at);
  openings.readings.push(readings);
}

/** The names of one kind (`via`) in the words not yet taken, longest first from each word; marks their words taken. */
function scan(words: FoldedWords, nameWords: VocabularyReader, starts: Openings, folded: FoldedText, via: Via, lookup: Lookup, taken: Uint8Array): Mention[] {
  const reg = loadActorRegister();
  const index = nameIndex!;
  const { trie } = index.sets[via];
  const found: Mention[] = [];
  for (let s = 0; s < starts.at.length; s++) {
    const i = starts.at[s];
    if (taken[i]) continue;
    const forms = starts.readings[s];
    let best: { length: number; id: string; peeled: number } | null = null;
    for (let f = 0; f < forms.length; f++) {
      let node = forms[f].node;
      for (let n = 1; n <= LONGEST_NAME_TOKENS && i + n <= words.count; n++) {
        if (n > 1) {
          if (words.breakBefore[i + n - 1] || taken[i + n - 1]) break;
          // A sequence no name starts with is no name either, and none continues it.
          const next = trie.children[node]?.get(nameWords.at(i + n - 1));
          if (next === undefined) break;
          node = next;
        }
        const ids = trie.ids[node];
        const id = ids ? lookup(ids) : null;
        if (id && (!best || n > best.length)) best = { length: n, id, peeled: forms[f].peeled };
        if (!trie.continued[node]) break;
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
  nameIndex ??= buildNameIndex();
  const words = wordsOf(folded);
  const starts = openings(words, nameIndex);
  const nameWords = nameIndex.words.in(words);
  if (scratchTaken.length < words.count) scratchTaken = new Uint8Array(words.count * 2);
  const taken = scratchTaken.fill(0, 0, words.count);
  const named = scan(words, nameWords, starts.name, folded, "name", (ids) => (ids.length === 1 ? ids[0] : null), taken);

  const introduced = new Set<string>();
  for (const m of named) {
    introduced.add(m.actorId);
    if (m.kind === "office") {
      const holder = officeHolder(m.actorId, published);
      if (holder) introduced.add(holder);
    }
  }
  // Short names count only for actors already introduced: with none, there is nothing to find.
  const short = introduced.size === 0 ? [] : scan(words, nameWords, starts.short, folded, "short", (ids) => {
    const known = ids.filter((id) => introduced.has(id));
    return known.length === 1 ? known[0] : null;
  }, taken);
  const demonyms = scan(words, nameWords, starts.demonym, folded, "demonym", (ids) => ids[0], taken);
  return inTextOrder(inTextOrder(named, short), demonyms);
}

/** Which words a name already took, per word of the article being read: one buffer serves every article. */
let scratchTaken = new Uint8Array(1 << 12);

/** Two lists of mentions in text order (never two at one place: a word is taken once), merged. */
function inTextOrder(a: Mention[], b: Mention[]): Mention[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return merged;
}
