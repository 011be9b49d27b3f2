import { describe, expect, it } from "vitest";
import { nameKey } from "./arabic";
import { loadActorRegister, officeHolder, resolveActor, unregisteredActorId } from "./register";

describe("actor register", () => {
  it("resolves an office to whoever held it on the day", () => {
    expect(resolveActor("وزير الدفاع الإيراني", "2024-11-17")?.id).toBe("person:aziz-nasirzadeh");
    expect(resolveActor("وزير الدفاع الإيراني", "2018-08-28")?.id).toBe("person:amir-hatami");
    expect(officeHolder("office:iran:defence-minister", "2024-08-20")).toBe("person:mohammad-reza-ashtiani");
  });
  it("composes office titles with the state's demonym and matches spelling variants", () => {
    expect(resolveActor("وزير الدفاع في إيران", "2024-11-17")?.id).toBe("person:aziz-nasirzadeh");
    expect(resolveActor("وزير الدفاع الايراني", "2024-11-17")?.id).toBe("person:aziz-nasirzadeh");
  });
  it("knows states, organisations and people by their aliases", () => {
    expect(resolveActor("سورية")?.id).toBe("state:syria");
    expect(resolveActor("وكالة الأنباء السورية الرسمية")?.id).toBe("org:sana");
    expect(resolveActor("Aziz Nasirzadeh")?.nameAr).toBe("عزيز نصير زاده");
  });
  it("keeps an office unresolved when the register has no holder for the day", () => {
    expect(resolveActor("وزير الدفاع الإيراني", "1990-01-01")?.id).toBe("office:iran:defence-minister");
    expect(resolveActor("شخص لا يعرفه السجل")).toBeNull();
  });
  it("gives unknown actors a stable id from their normalised name", () => {
    expect(unregisteredActorId("كيانات سياسية")).toBe(unregisteredActorId("كيانات  سياسيّة"));
  });
  it("gives every office at most one holder on any day", () => {
    const reg = loadActorRegister();
    for (const office of reg.actors.values()) {
      const terms = [...office.holders].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < terms.length; i++) {
        const previousEnd = terms[i - 1].to;
        expect(previousEnd !== null && previousEnd <= terms[i].from, `${office.id}: ${terms[i - 1].actor} and ${terms[i].actor} overlap`).toBe(true);
      }
    }
  });
  it("quotes the holder by name in every term's source line", () => {
    const reg = loadActorRegister();
    for (const office of reg.actors.values()) {
      for (const term of office.holders) {
        if (!term.source) continue;
        const [article, words] = term.source.split(/:\s+/, 2);
        expect(article, `${office.id} ${term.actor}`).toMatch(/^[\w-]+$/);
        const holder = reg.actors.get(term.actor)!;
        const quoted = nameKey(words ?? "");
        expect([holder.nameAr, ...holder.aliases].some((name) => quoted.includes(nameKey(name))), `${office.id} ${term.actor}: ${term.source}`).toBe(true);
      }
    }
  });
  it("resolves a composed title to the holder its source line shows", () => {
    expect(resolveActor("وزير الخارجية الفرنسي", "2018-06-06")?.id).toBe("person:jean-yves-le-drian");
    expect(resolveActor("وزيرة الخارجية الفرنسية", "2023-03-01")?.id).toBe("person:catherine-colonna");
    expect(resolveActor("الرئيس الصيني", "2023-03-01")?.id).toBe("person:xi-jinping");
  });
  it("covers every office holder it names", () => {
    const reg = loadActorRegister();
    for (const a of reg.actors.values()) for (const term of a.holders) expect(reg.actors.has(term.actor)).toBe(true);
  });
});
