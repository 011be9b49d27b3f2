import { describe, expect, it } from "vitest";
import { fold } from "./arabic";
import { isPartyPhrase } from "./actor-phrase";

const party = (phrase: string) => isPartyPhrase(fold(phrase));

describe("unregistered noun phrases as parties", () => {
  it("takes names, offices, bodies and the things events happen to", () => {
    for (const phrase of ["جاكوب زوما", "وزير الخارجية الألماني هايكو ماس", "مصدر خاص", "وسائل إعلام إسرائيلية", "الطائرة", "المعاهدة", "قافلة مساعدات دولية"]) {
      expect(party(phrase), phrase).toBe(true);
    }
  });
  it("refuses fragments of the clause: particles, prepositions' objects, possessed acts, reports", () => {
    for (const phrase of ["وقد", "تكون الطائرة", "للحد", "ملوحا بقطعة معدنية", "استقالته", "بسجنه", "تقارير بمقتل أكثر", "عمليات البحث", "كي ينتصر أبطال غزة", "تحت أقدام ثلة", "أحداث", "لكنهم"]) {
      expect(party(phrase), phrase).toBe(false);
    }
  });
});
