// The words of the embed, export and import interface, in both languages. Kept here while
// lib/i18n.ts is being reworked; they belong in its dictionaries (and useI18n().t).
import type { Language } from "@/lib/model";

const MESSAGES = {
  ar: {
    embed: "تضمين",
    embedTitle: "تضمين الخط الزمني في صفحة أخرى",
    embedHint: "الصق هذه الشيفرة في صفحتك: تعرض الخط الزمني بالمرشّحات والحدث المحدّد الظاهرة الآن، ويتغيّر ارتفاعها مع محتواها.",
    embedTheme: "المظهر",
    themeLight: "فاتح",
    themeDark: "داكن",
    embedList: "التسلسل تحت الخط الزمني",
    listFull: "كامل",
    listCompact: "مختصر",
    listNone: "بلا تسلسل",
    embedHeight: "ارتفاع الخط الزمني (بكسل)",
    embedCode: "شيفرة التضمين",
    copy: "نسخ",
    copied: "نُسخت الشيفرة",
    copyFailed: "تعذّر النسخ: حدّد الشيفرة وانسخها يدوياً",
    preview: "معاينة في نافذة جديدة",
    close: "إغلاق",
    embedFallbackLink: "التسلسل الزمني على كرونيكل",
    openFull: "افتح التسلسل الكامل",
    exportImport: "تصدير واستيراد",
    exportHeading: "تنزيل الأحداث الظاهرة",
    importHeading: "استيراد تسلسل زمني",
    importHint: "ملف TimelineJS (JSON) أو جدول CSV: التاريخ، تاريخ الانتهاء، العنوان، النص، رابط المصدر.",
    importFile: "الملف",
    importing: "جارٍ الاستيراد…",
    imported: "استُورد {created} حدثاً ({skipped} موجودة من قبل)، و{sources} مصدراً.",
    importFailed: "لم يُستورد شيء:",
  },
  en: {
    embed: "Embed",
    embedTitle: "Embed the timeline in another page",
    embedHint: "Paste this code into your page: it shows the timeline with the filters and the selected event you see now, and its height follows its content.",
    embedTheme: "Theme",
    themeLight: "Light",
    themeDark: "Dark",
    embedList: "Chronology below the timeline",
    listFull: "Full",
    listCompact: "Compact",
    listNone: "None",
    embedHeight: "Timeline height (pixels)",
    embedCode: "Embed code",
    copy: "Copy",
    copied: "Code copied",
    copyFailed: "Could not copy: select the code and copy it by hand",
    preview: "Preview in a new window",
    close: "Close",
    embedFallbackLink: "The chronology on Chronicle",
    openFull: "Open the full chronology",
    exportImport: "Export & import",
    exportHeading: "Download the events in view",
    importHeading: "Import a chronology",
    importHint: "A TimelineJS file (JSON) or a CSV sheet: date, end date, headline, text, source URL.",
    importFile: "File",
    importing: "Importing…",
    imported: "Imported {created} events ({skipped} already there) and {sources} sources.",
    importFailed: "Nothing was imported:",
  },
} as const satisfies Record<Language, Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

export type ExchangeMessageKey = keyof (typeof MESSAGES)["en"];

export function exchangeMessage(language: Language, key: ExchangeMessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[language][key].replace(PLACEHOLDER, (_, name: string) => String(params[name] ?? `{${name}}`));
}
