import { describe } from "vitest";
import { checkExamples, checkNoDates } from "./examples";

describe("vague references", () => {
  checkExamples([
    { text: "أعلنت قبل أيام، اكتشاف مخبئٍ", published: "2023-01-26", expression: "قبل أيام", value: "PAST_REF" },
    { text: "منذ سنوات", published: "2018-05-18", value: "PAST_REF" },
    { text: "منذ عدة أسابيع", published: "2018-09-03", value: "PAST_REF" },
    { text: "في الأشهر القليلة الماضية", published: "2023-03-25", expression: "الأشهر القليلة الماضية", value: "PAST_REF" },
    { text: "خلال الأشهر المقبلة", published: "2018-09-26", expression: "الأشهر المقبلة", value: "FUTURE_REF" },
    { text: "علينا أن نوقف الحرب الآن", published: "2024-05-26", expression: "الآن", value: "PRESENT_REF" },
    { text: "ويقيم حاليا في باريس", published: "2024-05-26", expression: "حاليا", value: "PRESENT_REF" },
    // "earlier today" is today.
    { text: "وفي وقت سابق اليوم، نقلت وسائل إعلام", published: "2023-10-24", expression: "وقت سابق اليوم", value: "2023-10-24" },
  ]);
  checkNoDates([
    { text: "أعلن حتى الآن عن 24 جندي قتيل", published: "2024-05-26" },
    { text: "وتوفي لاحقا طفلان بينهم", published: "2024-05-26" },
    { text: "وفي وقت لاحق أعلنت الوزارة", published: "2024-05-26" },
    // "earlier" orders the day's reports; it names no time.
    { text: "وأفادت الصحف الكويتية، في وقت سابق، بأن الحكومة", published: "2023-01-26" },
  ]);
});
