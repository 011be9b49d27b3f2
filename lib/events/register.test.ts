import { describe, expect, it } from "vitest";
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
  it("covers every office holder it names", () => {
    const reg = loadActorRegister();
    for (const a of reg.actors.values()) for (const term of a.holders) expect(reg.actors.has(term.actor)).toBe(true);
  });
});
