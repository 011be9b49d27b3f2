// Finds the register's actors in an article: full names and titles anywhere, short names
// (surnames) only for actors the article has already named in full, and demonyms (الإيراني)
// as references to their state.
import type { ActorKind } from "../model";
import { type FoldedText } from "./arabic";
import { loadActorRegister, officeHolder } from "./register";

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

interface Token {
  key: string;
  foldedStart: number;
  foldedEnd: number;
  /** A comma, colon or full stop stands between this token and the previous one. */
  breakBefore: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const HARD_BREAK = /[،,.:;؛\n()]/;
const LONGEST_NAME_TOKENS = 9;

function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of folded.matchAll(TOKEN)) {
    tokens.push({
      key: m[0].toLowerCase(),
      foldedStart: m.index,
      foldedEnd: m.index + m[0].length,
      breakBefore: HARD_BREAK.test(folded.slice(previousEnd, m.index)),
    });
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/** The first word with its clitics peeled: وبإيران → بإيران → إيران; للعراق → العراق. */
function variants(word: string): { form: string; peeled: number }[] {
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

type Lookup = (key: string) => { id: string; via: Mention["via"] } | null;

function scan(tokens: Token[], folded: FoldedText, lookup: Lookup, taken: boolean[]): Mention[] {
  const reg = loadActorRegister();
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    let best: { length: number; id: string; via: Mention["via"]; peeled: number } | null = null;
    for (const { form, peeled } of variants(tokens[i].key)) {
      let key = form;
      for (let n = 1; n <= LONGEST_NAME_TOKENS && i + n <= tokens.length; n++) {
        if (n > 1) {
          if (tokens[i + n - 1].breakBefore || taken[i + n - 1]) break;
          key += " " + tokens[i + n - 1].key;
        }
        const hit = lookup(key);
        if (hit && (!best || n > best.length)) best = { length: n, ...hit, peeled };
      }
    }
    if (!best) continue;
    const foldedStart = tokens[i].foldedStart + best.peeled;
    const foldedEnd = tokens[i + best.length - 1].foldedEnd;
    found.push({
      start: folded.map[foldedStart],
      end: folded.map[foldedEnd],
      foldedStart,
      foldedEnd,
      actorId: best.id,
      kind: best.via === "demonym" ? "state" : reg.actors.get(best.id)!.kind,
      via: best.via,
      preposition: /[بلك]/.test(tokens[i].key.slice(0, best.peeled)),
    });
    for (let k = i; k < i + best.length; k++) taken[k] = true;
    i += best.length - 1;
  }
  return found;
}

/**
 * Every register mention in the article, in text order. `published` (yyyy-mm-dd) decides which
 * holder of an office the article's short names may refer to.
 */
export function findMentions(folded: FoldedText, published: string): Mention[] {
  const reg = loadActorRegister();
  const tokens = tokenize(folded.folded);
  const taken = tokens.map(() => false);
  const named = scan(tokens, folded, (key) => {
    const ids = reg.byName.get(key);
    return ids?.length === 1 ? { id: ids[0], via: "name" } : null;
  }, taken);

  const introduced = new Set<string>();
  for (const m of named) {
    introduced.add(m.actorId);
    if (m.kind === "office") {
      const holder = officeHolder(m.actorId, published);
      if (holder) introduced.add(holder);
    }
  }
  const short = scan(tokens, folded, (key) => {
    const ids = (reg.byShortName.get(key) ?? []).filter((id) => introduced.has(id));
    return ids.length === 1 ? { id: ids[0], via: "short" } : null;
  }, taken);
  const demonyms = scan(tokens, folded, (key) => {
    // The accusative adds an alif: "عدواناً إسرائيلياً".
    const id = reg.byDemonym.get(key) ?? (key.endsWith("ا") ? reg.byDemonym.get(key.slice(0, -1)) : undefined);
    return id ? { id, via: "demonym" } : null;
  }, taken);
  return [...named, ...short, ...demonyms].sort((a, b) => a.start - b.start);
}
