// The curated actor register (data/actors/*.json): people, offices with their holders and
// terms, states, organisations and places, with the Arabic and English names they go by.
// It is data: extending coverage means adding lines there, not code here.
import { z } from "zod";
import type { Actor, ActorKind } from "../model";
import { fold, foldedNameKey, nameKey } from "./arabic";
import statesData from "../../data/actors/states.json";
import personsData from "../../data/actors/persons.json";
import officesData from "../../data/actors/offices.json";
import organisationsData from "../../data/actors/organisations.json";
import placesData from "../../data/actors/places.json";

const day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a yyyy, yyyy-mm or yyyy-mm-dd date");
const base = {
  id: z.string().regex(/^(person|office|state|org|place):[a-z0-9:-]+$/, "an id like person:some-name"),
  nameAr: z.string().min(1),
  nameEn: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Surnames and short forms, trusted only once the full name has appeared in the article. */
  shortNames: z.array(z.string().min(1)).optional(),
};
const stateSchema = z.object({ ...base, demonyms: z.array(z.string().min(1)) });
const personSchema = z.object(base);
const officeSchema = z.object({
  ...base,
  role: z.string().min(1),
  state: z.string().nullable(),
  holders: z.array(
    z.object({
      actor: z.string(),
      from: day,
      to: day.nullable(),
      /**
       * The corpus line that shows the holding (issue #10: no office term from memory without
       * one): the article id and the words naming the person in the office, e.g.
       * "ant-FR-internationalNews-1658-20180606: وزير الخارجية الأميركي مايك بومبيو".
       */
      source: z.string().min(1).optional(),
    }),
  ),
});
const organisationSchema = z.object(base);
const placeSchema = z.object({ ...base, state: z.string().nullable(), capital: z.boolean() });

export interface OfficeTerm {
  actor: string;
  from: string;
  to: string | null;
  /** The corpus line that shows the holding, for terms added since issue #10. */
  source?: string;
}

export interface RegisterActor extends Actor {
  shortNames: string[];
  /** States: adjectival forms (الإيراني، السورية) that name the state inside a phrase. */
  demonyms: string[];
  /** Offices: the title without the state, the state, and who held it when. */
  role: string | null;
  state: string | null;
  holders: OfficeTerm[];
  /** Places: whether it is its state's capital (so "طهران أعلنت" speaks for Iran). */
  capital: boolean;
}

export interface ActorRegister {
  actors: Map<string, RegisterActor>;
  /** nameKey of every alias, full name and generated office title → actor ids. */
  byName: Map<string, string[]>;
  /** nameKey of short names → actor ids. */
  byShortName: Map<string, string[]>;
  /** nameKey of demonyms → state id. */
  byDemonym: Map<string, string>;
  /** `${role key}|${state id}` → office id, to resolve "نظيره السوري" against a known role. */
  officeByRole: Map<string, string>;
  /** person id → offices they held. */
  officesOf: Map<string, string[]>;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T[] {
  const result = z.array(schema).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`data/actors/${file}: entry ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}

function actor(kind: ActorKind, entry: z.infer<typeof personSchema>, extra: Partial<RegisterActor> = {}): RegisterActor {
  return {
    id: entry.id,
    nameAr: entry.nameAr,
    nameEn: entry.nameEn,
    kind,
    aliases: entry.aliases,
    shortNames: entry.shortNames ?? [],
    demonyms: [],
    role: null,
    state: null,
    holders: [],
    capital: false,
    ...extra,
  };
}

function build(): ActorRegister {
  const actors = new Map<string, RegisterActor>();
  const add = (a: RegisterActor) => {
    if (actors.has(a.id)) throw new Error(`data/actors: duplicate id ${a.id}`);
    actors.set(a.id, a);
  };
  for (const s of parse(stateSchema, statesData, "states.json")) add(actor("state", s, { demonyms: s.demonyms }));
  for (const p of parse(personSchema, personsData, "persons.json")) add(actor("person", p));
  for (const o of parse(officeSchema, officesData, "offices.json")) add(actor("office", o, { role: o.role, state: o.state, holders: o.holders }));
  for (const o of parse(organisationSchema, organisationsData, "organisations.json")) add(actor("organisation", o));
  for (const p of parse(placeSchema, placesData, "places.json")) add(actor("place", p, { state: p.state, capital: p.capital }));

  const byName = new Map<string, string[]>();
  const byShortName = new Map<string, string[]>();
  const byDemonym = new Map<string, string>();
  const officeByRole = new Map<string, string>();
  const officesOf = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, name: string, id: string) => {
    const key = nameKey(name);
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) map.set(key, [...ids, id]);
  };

  for (const a of actors.values()) {
    for (const name of [a.nameAr, a.nameEn ?? a.nameAr, ...a.aliases]) index(byName, name, a.id);
    for (const name of a.shortNames) index(byShortName, name, a.id);
    for (const demonym of a.demonyms) byDemonym.set(nameKey(demonym), a.id);
  }
  for (const a of actors.values()) {
    if (a.kind !== "office") continue;
    for (const term of a.holders) {
      if (!actors.has(term.actor)) throw new Error(`data/actors/offices.json: ${a.id} names unknown holder ${term.actor}`);
      officesOf.set(term.actor, [...new Set([...(officesOf.get(term.actor) ?? []), a.id])]);
    }
    if (!a.role || !a.state) continue;
    const state = actors.get(a.state);
    if (!state) throw new Error(`data/actors/offices.json: ${a.id} names unknown state ${a.state}`);
    officeByRole.set(`${nameKey(a.role)}|${state.id}`, a.id);
    // "وزير الدفاع الإيراني", "وزير الدفاع في إيران": the title composed with the state.
    for (const demonym of state.demonyms.filter((d) => d.startsWith("ال"))) index(byName, `${a.role} ${demonym}`, a.id);
    index(byName, `${a.role} في ${state.nameAr}`, a.id);
  }
  return { actors, byName, byShortName, byDemonym, officeByRole, officesOf };
}

let register: ActorRegister | null = null;

/** The register, read and checked once; a malformed data file throws with its name and entry. */
export function loadActorRegister(): ActorRegister {
  register ??= build();
  return register;
}

/** Who held an office on a day (yyyy-mm-dd); null when the register does not know. */
export function officeHolder(officeId: string, onDay: string): string | null {
  const office = loadActorRegister().actors.get(officeId);
  if (!office) return null;
  const term = office.holders.find((t) => t.from <= onDay && (t.to === null || onDay < t.to));
  return term?.actor ?? null;
}

/**
 * The register actor a name refers to: offices resolve to their holder on `onDay` when the
 * register knows one. Null when the name is not in the register.
 */
export function resolveActor(name: string, onDay?: string): RegisterActor | null {
  const reg = loadActorRegister();
  const ids = reg.byName.get(nameKey(name));
  if (!ids || ids.length === 0) return null;
  const found = reg.actors.get(ids[0])!;
  if (found.kind === "office" && onDay) {
    const holder = officeHolder(found.id, onDay);
    if (holder) return reg.actors.get(holder)!;
  }
  return found;
}

/** A stable id for an actor the register does not know: its normalised Arabic name. */
export function unregisteredActorId(name: string): string {
  return unregisteredActorIdOfFolded(fold(name));
}

/** The same for a name that is folded already (a slice of a folded article). */
export function unregisteredActorIdOfFolded(folded: string): string {
  return `name:${foldedNameKey(folded)}`;
}

/** The public shape of an actor, for the store. */
export function toActor(a: RegisterActor): Actor {
  return { id: a.id, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind, aliases: a.aliases };
}
