// An event's title in each language of the interface, built from what was resolved: its type
// (and for `other` its kind), its participants by the register's names, and its place. "Zarif
// visits Damascus" / "زيارة ظريف إلى دمشق". An actor the register does not know keeps the
// words the article named it by, in both titles: there is no English name to give it.
import type { EventType } from "../model";
import { loadActorRegister, resolveActor } from "./register";

export interface TitleParts {
  type: EventType;
  /** For `other` events: what the rule calls the event (انتخابات، استقالة …). */
  label: string | null;
  participants: readonly { actorId: string; name: string }[];
  place: string | null;
}

/** The English for each `other` label the trigger rules use (lib/events/triggers/other.ts). */
const LABELS_EN: Record<string, string> = {
  انتخابات: "Elections",
  استقالة: "Resignation",
  تكليف: "Appointment",
  وفاة: "Death",
  عقوبات: "Sanctions",
  احتجاج: "Protest",
  اعتقال: "Arrest",
  قرار: "Decision",
  بدء: "Start",
  تأسيس: "Founding",
  تحرك: "Move",
  تطور: "Development",
  تحطم: "Crash",
  "بدء سريان": "Entry into force",
  حكم: "Verdict",
  محاكمة: "Trial",
  استفتاء: "Referendum",
  انقلاب: "Coup",
  حصار: "Siege",
  سيطرة: "Control taken",
  انسحاب: "Withdrawal",
  تصويت: "Vote",
  تمديد: "Extension",
  انضمام: "Joining",
  إدراج: "Listing",
  ترشيح: "Nomination",
  نزوح: "Displacement",
  اعتراف: "Recognition",
  احتلال: "Occupation",
  استئناف: "Resumption",
  اختفاء: "Disappearance",
};

/** Every label a title can carry in English: the trigger rules' test checks each has one. */
export function englishLabel(label: string): string | undefined {
  return LABELS_EN[label];
}

function nameIn(language: "ar" | "en", p: { actorId: string; name: string }): string {
  const actor = loadActorRegister().actors.get(p.actorId);
  return (language === "ar" ? actor?.nameAr : actor?.nameEn) ?? p.name;
}

function placeIn(language: "ar" | "en", place: string): string {
  const actor = resolveActor(place);
  return (language === "ar" ? actor?.nameAr : actor?.nameEn) ?? place;
}

/** "A", "A and B", "A, B and C". */
function listEn(names: string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function titleAr(e: TitleParts): string {
  const names = e.participants.map((p) => nameIn("ar", p));
  const [first, ...rest] = names;
  const all = names.join(" و");
  const between = rest.length ? `${first} و${rest.join(" و")}` : first;
  const place = e.place ? placeIn("ar", e.place) : null;
  switch (e.type) {
    case "visit":
      return [`زيارة ${first ?? ""}`.trim(), place ? `إلى ${place}` : ""].filter(Boolean).join(" ");
    case "meeting":
      return `لقاء ${all}`.trim();
    case "call":
      return rest.length ? `اتصال هاتفي بين ${between}` : `اتصال هاتفي ${first ?? ""}`.trim();
    case "agreement":
      return rest.length ? `اتفاق بين ${between}` : `اتفاق ${first ?? ""}`.trim();
    case "statement":
      return `تصريح ${first ?? ""}`.trim();
    case "attack":
      return [`هجوم ${first ?? ""}`.trim(), place ? `على ${place}` : ""].filter(Boolean).join(" ");
    default:
      return [e.label ?? "حدث", first ?? "", place ? `في ${place}` : ""].filter(Boolean).join(" ");
  }
}

export function titleEn(e: TitleParts): string {
  const names = e.participants.map((p) => nameIn("en", p));
  const [first, ...rest] = names;
  const place = e.place ? placeIn("en", e.place) : null;
  switch (e.type) {
    case "visit":
      if (!first) return place ? `Visit to ${place}` : "Visit";
      return place ? `${first} visits ${place}` : `Visit by ${first}`;
    case "meeting":
      if (rest.length) return `${listEn(names)} meet`;
      return first ? `Meeting of ${first}` : "Meeting";
    case "call":
      return rest.length ? `Phone call between ${listEn(names)}` : first ? `Phone call by ${first}` : "Phone call";
    case "agreement":
      return rest.length ? `Agreement between ${listEn(names)}` : first ? `Agreement by ${first}` : "Agreement";
    case "statement":
      return first ? `Statement by ${first}` : "Statement";
    case "attack":
      return [first ? `Attack by ${first}` : "Attack", place ? `on ${place}` : ""].filter(Boolean).join(" ");
    default: {
      const label = (e.label && englishLabel(e.label)) ?? "Event";
      return [first ? `${label}: ${first}` : label, place ? `in ${place}` : ""].filter(Boolean).join(" ");
    }
  }
}
