import { describe, expect, it } from "vitest";
import { fold } from "./normalize";
import { clauseDirection, isFutureWord } from "./tense";

function directionOf(sentence: string, expression: string) {
  const text = fold(sentence);
  const start = text.indexOf(fold(expression));
  return clauseDirection(text, start, start + fold(expression).length);
}

describe("the tense of the clause", () => {
  it.each([
    ["وسيزور الرئيس دمشق الإثنين", "الإثنين", "future"],
    ["وسوف يلتقي الوفد الخميس", "الخميس", "future"],
    ["ومن المقرر أن يصل الوفد الأحد", "الأحد", "future"],
    ["وصل الوفد الأحد إلى دمشق", "الأحد", "past"],
    ["وأعلنت الوزارة، الخميس، أن الاجتماع", "الخميس", "past"],
    // A future verb in the previous sentence does not count.
    ["سيصل الوفد غدا. وكان قد التقى الوزير الأحد", "الأحد", "past"],
    ["وستواصل الحكومة ما بدأته منذ تموز", "تموز", "past"],
    ["وفي يوم 11 آذار، ستجرى الانتخابات في 28 ولاية", "يوم 11 آذار", "future"],
    ["عن اجتماع يعقد في السابع من سبتمبر", "السابع من سبتمبر", "future"],
    ["وزار وزير الخارجية العماني يوسف بن علوي الخميس المسجد الأقصى", "الخميس", "past"],
    ["لخلق مسافة بين أحداث 7 أكتوبر، والمرحلة التي ستنتهي فيها الحرب", "7 أكتوبر", "past"],
  ])("%s (%s) → %s", (sentence, expression, direction) => {
    expect(directionOf(sentence, expression)).toBe(direction);
  });

  it("tells سـ + verb from nouns that begin the same way", () => {
    expect(isFutureWord("سيزور")).toBe(true);
    expect(isFutureWord("ستبدا")).toBe(true);
    expect(isFutureWord("سياسه")).toBe(false);
    expect(isFutureWord("سنه")).toBe(false);
    expect(isFutureWord("سته")).toBe(false);
  });
});
