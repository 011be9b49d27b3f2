// Times of day that attach to a day ("ظهر أمس", "مساء الخميس", "فجر اليوم", "فجر 25 يوليو").
// A news chronology keeps the day: the part of the day only widens the span. "في وقت سابق
// اليوم" (earlier today) is read the same way.
import { alternation } from "./patterns";

const PARTS = [
  "صباح", "صبيحه", "مساء", "ظهر", "ظهيره", "عصر", "فجر", "ليل", "ليله", "ضحي", "غروب", "منتصف ليل", "منتصف نهار",
  "وقت سابق", "وقت لاحق", "وقت متاخر", "وقت مبكر", "وقت سابق من", "وقت لاحق من", "وقت متاخر من", "وقت مبكر من", "قبيل منتصف ليل", "بعد منتصف ليل", "قبيل فجر", "قبيل ظهر", "بعيد ظهر", "بعيد منتصف ليل", "قبيل مساء", "نهار", "ظهيرة",
];

/** A part of the day followed by a space, to put in front of a day pattern. */
export const TIME_OF_DAY = String.raw`(?:(?:${alternation(PARTS)})\s+)`;
