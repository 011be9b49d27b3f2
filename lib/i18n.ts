// The interface's words, in Arabic (the default) and English. Components never hard-code a
// string a user reads: they ask `translate` (through the useI18n hook) for it, so the language
// switch only has to change which dictionary is used.
import { LOCALES } from "./format";
import type { EventType, Language, Precision, ReviewStatus, Role } from "./model";

export const DEFAULT_LANGUAGE: Language = "ar";

export function directionOf(language: Language): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}

/** A message that depends on a count: one form per CLDR plural category, `other` required. */
type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface Messages {
  appName: string;
  appTagline: string;
  timelineLabel: string;
  chronologyLabel: string;
  eventPanelLabel: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  legend: string;
  legendUncertain: string;
  loadingEvents: string;
  loadingEvent: string;
  loadingSource: string;
  loadError: string;
  retry: string;
  pageError: string;
  pageNotFound: string;
  noEvents: string;
  noEventsHint: string;
  noSelection: string;
  noSelectionHint: string;
  eventNotFound: string;
  sourceNotFound: string;
  eventCount: PluralMessage;
  sourceCount: PluralMessage;
  longerSpans: string;
  date: string;
  precision: string;
  participants: string;
  place: string;
  confidence: string;
  noParticipants: string;
  citations: string;
  noCitations: string;
  openSource: string;
  sourceDate: string;
  sourceDateDiffers: string;
  scheduled: string;
  dateInferred: string;
  approximate: string;
  close: string;
  backToTimeline: string;
  originalArticle: string;
  noOriginalUrl: string;
  published: string;
  outlet: string;
  untitled: string;
  citedEvents: string;
  noCitedEvents: string;
  showInTimeline: string;
  showInArticle: string;
  highlightHint: string;
  filtersLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  filterTypes: string;
  filterStatuses: string;
  actor: string;
  country: string;
  minCorroboration: string;
  dateFrom: string;
  dateTo: string;
  clearFilters: string;
  moreFilters: string;
  sourceFilter: string;
  removeSourceFilter: string;
  languageLabel: string;
  languageName: string;
  hijriToggle: string;
  bucketHint: string;
  spanningEarlier: PluralMessage;
  windowCount: PluralMessage;
  noMatches: string;
  loadingMore: string;
  earlierEvents: string;
  embed: string;
  embedTitle: string;
  embedHint: string;
  embedTheme: string;
  themeLight: string;
  themeDark: string;
  embedList: string;
  listFull: string;
  listCompact: string;
  listNone: string;
  embedHeight: string;
  embedCode: string;
  copy: string;
  copied: string;
  copyFailed: string;
  preview: string;
  embedFallbackLink: string;
  openFull: string;
  exportImport: string;
  exportHeading: string;
  importHeading: string;
  importHint: string;
  importFile: string;
  importing: string;
  imported: string;
  importFailed: string;
  importLeftOut: string;
  signIn: string;
  signOut: string;
  signInTitle: string;
  signInHint: string;
  userName: string;
  password: string;
  signingIn: string;
  signInFailed: string;
  signedInAs: string;
  signedInAlready: string;
  reviewQueue: string;
  reviewHint: string;
  reviewEmpty: string;
  reviewNeedsEditor: string;
  reviewOf: string;
  confirmEvent: string;
  rejectEvent: string;
  editEvent: string;
  saveAndConfirm: string;
  cancel: string;
  undoLast: string;
  mergeIn: string;
  mergeTarget: string;
  mergeButton: string;
  splitOff: string;
  deleteImported: string;
  titleAr: string;
  titleEn: string;
  dateField: string;
  dateHint: string;
  addParticipant: string;
  removeParticipant: string;
  changes: string;
  noChanges: string;
  undoneBy: string;
  actionFailed: string;
  saved: string;
  shortcuts: string;
  importNeedsEditor: string;
  queueCount: PluralMessage;
  addArticles: string;
  addArticlesHint: string;
  articlesNeedEditor: string;
  articleTitle: string;
  articleLanguage: string;
  articleText: string;
  articleFile: string;
  previewExtraction: string;
  storeArticles: string;
  articlesStored: string;
  timexFound: string;
  correctPublished: string;
  correctPublishedHint: string;
  articleCount: PluralMessage;
  roles: Record<Role, string>;
  actions: Record<string, string>;
  types: Record<EventType, string>;
  precisions: Record<Precision, string>;
  reviewStatuses: Record<ReviewStatus, string>;
}

export type MessageKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];
export type PluralKey = "eventCount" | "sourceCount" | "spanningEarlier" | "windowCount" | "queueCount" | "articleCount";

const ar: Messages = {
  appName: "كرونيكل",
  appTagline: "تسلسل زمني موثّق من الأخبار",
  timelineLabel: "الخط الزمني",
  chronologyLabel: "التسلسل الزمني",
  eventPanelLabel: "تفاصيل الحدث",
  zoomIn: "تكبير",
  zoomOut: "تصغير",
  zoomFit: "عرض الكل",
  legend: "دليل الألوان",
  legendUncertain: "تاريخ تقريبي أو مستنتج",
  loadingEvents: "جارٍ تحميل الأحداث…",
  loadingEvent: "جارٍ تحميل الحدث…",
  loadingSource: "جارٍ تحميل المقال…",
  loadError: "تعذّر تحميل البيانات.",
  retry: "إعادة المحاولة",
  pageError: "حدث خطأ أثناء عرض هذه الصفحة.",
  pageNotFound: "هذه الصفحة غير موجودة.",
  noEvents: "لا توجد أحداث بعد.",
  noEventsHint: "أضِف مقالات بالأمر npm run ingest ثم أعِد تحميل الصفحة.",
  noSelection: "لم يُختر أي حدث.",
  noSelectionHint: "اختر حدثاً من الخط الزمني أو من القائمة لقراءة المقتطف الذي ورد فيه.",
  eventNotFound: "هذا الحدث غير موجود.",
  sourceNotFound: "هذا المقال غير موجود.",
  eventCount: {
    zero: "لا أحداث",
    one: "حدث واحد",
    two: "حدثان",
    few: "{count} أحداث",
    many: "{count} حدثاً",
    other: "{count} حدث",
  },
  sourceCount: {
    zero: "لا مصادر",
    one: "مصدر واحد",
    two: "مصدران",
    few: "{count} مصادر",
    many: "{count} مصدراً",
    other: "{count} مصدر",
  },
  longerSpans: "فترات أطول من شهر",
  date: "التاريخ",
  precision: "الدقة",
  participants: "المشاركون",
  place: "المكان",
  confidence: "الثقة",
  noParticipants: "لم يُذكر مشاركون",
  citations: "المقتطفات",
  noCitations: "لا مقتطفات لهذا الحدث.",
  openSource: "افتح المقال مع تظليل المقتطف",
  sourceDate: "تاريخ النشر",
  sourceDateDiffers: "يؤرّخه هذا المصدر:",
  scheduled: "مُعلن مسبقاً (مستقبلي عند النشر)",
  dateInferred: "تاريخ مستنتج من السياق",
  approximate: "تاريخ تقريبي",
  close: "إغلاق",
  backToTimeline: "العودة إلى الخط الزمني",
  originalArticle: "المقال الأصلي",
  noOriginalUrl: "لا رابط أصلياً لهذا المقال",
  published: "نُشر في",
  outlet: "الوسيلة",
  untitled: "مقال بلا عنوان",
  citedEvents: "الأحداث المستشهد بها في هذا المقال",
  noCitedEvents: "لم يُستشهد بهذا المقال في أي حدث.",
  showInTimeline: "في الخط الزمني",
  showInArticle: "في النص",
  highlightHint: "انقر على مقطع مظلّل للانتقال إلى الحدث في الخط الزمني.",
  filtersLabel: "تصفية الأحداث",
  searchLabel: "بحث",
  searchPlaceholder: "ابحث في العناوين والمقتطفات والمصادر",
  filterTypes: "النوع",
  filterStatuses: "حالة المراجعة",
  actor: "الفاعل",
  country: "البلد",
  minCorroboration: "أدنى عدد مصادر",
  dateFrom: "من تاريخ",
  dateTo: "إلى تاريخ",
  clearFilters: "مسح التصفية",
  moreFilters: "تصفية أدق",
  sourceFilter: "من المقال",
  removeSourceFilter: "إزالة تصفية المقال",
  languageLabel: "لغة الواجهة",
  languageName: "العربية",
  hijriToggle: "التاريخ الهجري",
  bucketHint: "انقر للتكبير على هذه الفترة",
  spanningEarlier: {
    zero: "لا أحداث بدأت قبل هذه الفترة",
    one: "حدث واحد بدأ قبل هذه الفترة",
    two: "حدثان بدآ قبل هذه الفترة",
    few: "{count} أحداث بدأت قبل هذه الفترة",
    many: "{count} حدثاً بدأت قبل هذه الفترة",
    other: "{count} حدث بدأت قبل هذه الفترة",
  },
  windowCount: {
    zero: "لا أحداث في هذه الفترة",
    one: "حدث واحد في هذه الفترة",
    two: "حدثان في هذه الفترة",
    few: "{count} أحداث في هذه الفترة",
    many: "{count} حدثاً في هذه الفترة",
    other: "{count} حدث في هذه الفترة",
  },
  noMatches: "لا أحداث تطابق البحث أو التصفية في هذه الفترة.",
  loadingMore: "جارٍ تحميل المزيد…",
  earlierEvents: "أحداث أقدم",
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
    embedFallbackLink: "التسلسل الزمني على كرونيكل",
    openFull: "افتح التسلسل الكامل",
    exportImport: "تصدير واستيراد",
    exportHeading: "تنزيل الأحداث الظاهرة",
    importHeading: "استيراد تسلسل زمني",
    importHint: "ملف TimelineJS (JSON) أو جدول CSV: التاريخ، تاريخ الانتهاء، العنوان، النص، رابط المصدر.",
    importFile: "الملف",
    importing: "جارٍ الاستيراد…",
    imported: "استُورد {created} حدثاً (دُمج {merged} في أحداث مخزّنة، و{skipped} موجودة من قبل)، و{sources} مصدراً.",
    importFailed: "لم يُستورد شيء:",
    importLeftOut: "تُرك {count} خارج الاستيراد لأن تاريخه خارج السنوات 1–9999:",
  signIn: "تسجيل الدخول",
  signOut: "تسجيل الخروج",
  signInTitle: "تسجيل الدخول إلى كرونيكل",
  signInHint: "القراءة والتصدير متاحان للجميع؛ المراجعة والاستيراد يحتاجان حساب محرّر.",
  userName: "اسم المستخدم",
  password: "كلمة المرور",
  signingIn: "جارٍ تسجيل الدخول…",
  signInFailed: "تعذّر تسجيل الدخول:",
  signedInAs: "{name} ({role})",
  signedInAlready: "أنت مسجَّل الدخول باسم {name}.",
  reviewQueue: "قائمة المراجعة",
  reviewHint: "أحداث لم تُراجَع بعد: الأكثر مصادرَ ثم الأحدث أولاً.",
  reviewEmpty: "لا أحداث بانتظار المراجعة.",
  reviewNeedsEditor: "المراجعة تحتاج حساب محرّر: سجّل الدخول أولاً.",
  reviewOf: "الحدث {position} من {count}",
  confirmEvent: "تأكيد",
  rejectEvent: "رفض",
  editEvent: "تعديل",
  saveAndConfirm: "حفظ وتأكيد",
  cancel: "إلغاء",
  undoLast: "تراجع عن آخر تغيير",
  mergeIn: "دمج حدث آخر في هذا الحدث",
  mergeTarget: "معرّف الحدث الذي يُدمج هنا",
  mergeButton: "دمج",
  splitOff: "فصل في حدث مستقل",
  deleteImported: "حذف الحدث المستورد",
  titleAr: "العنوان بالعربية",
  titleEn: "العنوان بالإنكليزية",
  dateField: "التاريخ",
  dateHint: "سنة، أو سنة-شهر، أو سنة-شهر-يوم، أو مدة من/إلى:",
  addParticipant: "أضف مشاركاً من السجل",
  removeParticipant: "إزالة {name}",
  changes: "سجل التغييرات",
  noChanges: "لم يغيّر أحد هذا الحدث بعد.",
  undoneBy: "تراجع عنه {user}",
  actionFailed: "لم يُنفَّذ:",
  saved: "تمّ: {action}",
  shortcuts: "اختصارات: J/K التالي/السابق، C تأكيد، X رفض، E تعديل، U تراجع، M دمج",
  importNeedsEditor: "الاستيراد يحتاج حساب محرّر: سجّل الدخول أولاً.",
  queueCount: {
    zero: "لا أحداث بانتظار المراجعة",
    one: "حدث واحد بانتظار المراجعة",
    two: "حدثان بانتظار المراجعة",
    few: "{count} أحداث بانتظار المراجعة",
    many: "{count} حدثاً بانتظار المراجعة",
    other: "{count} حدث بانتظار المراجعة",
  },
  addArticles: "إضافة مقالات",
  addArticlesHint: "الصق نص مقال مع وسيلته ورابطه وتاريخ نشره، أو ارفع ملف ‎.txt‎ أو ‎.jsonl‎؛ اعرض ما سيُستخرج منه قبل تخزينه.",
  articlesNeedEditor: "إضافة المقالات تحتاج حساب محرّر: سجّل الدخول أولاً.",
  articleTitle: "عنوان المقال",
  articleLanguage: "لغة المقال",
  articleText: "نص المقال",
  articleFile: "أو ملف ‎.txt‎ أو ‎.jsonl‎",
  previewExtraction: "اعرض ما سيُستخرج",
  storeArticles: "خزّن",
  articlesStored: "خُزّن {stored} مقالاً ({skipped} موجودة من قبل)؛ {created} حدثاً جديداً و{merged} مدموجاً في أحداث مخزّنة.",
  timexFound: "التعابير الزمنية",
  correctPublished: "صحّح تاريخ النشر",
  correctPublishedHint: "تُحسب كل التواريخ النسبية في المقال من جديد؛ الأحداث المراجَعة تحتفظ بتاريخها.",
  articleCount: {
    zero: "لا مقالات",
    one: "مقال واحد",
    two: "مقالان",
    few: "{count} مقالات",
    many: "{count} مقالاً",
    other: "{count} مقال",
  },
  roles: { viewer: "قارئ", editor: "محرّر", admin: "مدير" },
  actions: { confirm: "تأكيد", reject: "رفض", edit: "تعديل", merge: "دمج", split: "فصل", delete: "حذف", undo: "التراجع عن آخر تغيير", redate: "تصحيح تاريخ النشر" },
  types: {
    visit: "زيارة",
    meeting: "لقاء",
    call: "اتصال",
    agreement: "اتفاق",
    statement: "تصريح",
    attack: "هجوم",
    other: "حدث آخر",
  },
  precisions: {
    day: "يوم",
    week: "أسبوع",
    month: "شهر",
    season: "فصل",
    year: "سنة",
    range: "مدة",
  },
  reviewStatuses: {
    unreviewed: "لم يُراجَع",
    confirmed: "مؤكَّد",
    rejected: "مرفوض",
  },
};

const en: Messages = {
  appName: "Chronicle",
  appTagline: "A verified chronology from the news",
  timelineLabel: "Timeline",
  chronologyLabel: "Chronology",
  eventPanelLabel: "Event details",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  zoomFit: "Show all",
  legend: "Legend",
  legendUncertain: "Approximate or inferred date",
  loadingEvents: "Loading events…",
  loadingEvent: "Loading the event…",
  loadingSource: "Loading the article…",
  loadError: "The data could not be loaded.",
  retry: "Try again",
  pageError: "Something went wrong while showing this page.",
  pageNotFound: "This page does not exist.",
  noEvents: "No events yet.",
  noEventsHint: "Add articles with npm run ingest, then reload the page.",
  noSelection: "No event selected.",
  noSelectionHint: "Pick an event on the timeline or in the list to read the excerpt it came from.",
  eventNotFound: "This event does not exist.",
  sourceNotFound: "This article does not exist.",
  eventCount: { one: "1 event", other: "{count} events" },
  sourceCount: { one: "1 source", other: "{count} sources" },
  longerSpans: "Spans longer than a month",
  date: "Date",
  precision: "Precision",
  participants: "Participants",
  place: "Place",
  confidence: "Confidence",
  noParticipants: "No participants named",
  citations: "Excerpts",
  noCitations: "No excerpts for this event.",
  openSource: "Open the article with the excerpt highlighted",
  sourceDate: "Published",
  sourceDateDiffers: "This source dates it:",
  scheduled: "Announced in advance (future at publication)",
  dateInferred: "Date inferred from context",
  approximate: "Approximate date",
  close: "Close",
  backToTimeline: "Back to the timeline",
  originalArticle: "Original article",
  noOriginalUrl: "No original link for this article",
  published: "Published",
  outlet: "Outlet",
  untitled: "Untitled article",
  citedEvents: "Events cited from this article",
  noCitedEvents: "No event cites this article.",
  showInTimeline: "On the timeline",
  showInArticle: "In the text",
  highlightHint: "Click a highlighted passage to go to its event on the timeline.",
  filtersLabel: "Filter events",
  searchLabel: "Search",
  searchPlaceholder: "Search titles, excerpts and sources",
  filterTypes: "Type",
  filterStatuses: "Review status",
  actor: "Actor",
  country: "Country",
  minCorroboration: "Minimum sources",
  dateFrom: "From",
  dateTo: "To",
  clearFilters: "Clear filters",
  moreFilters: "More filters",
  sourceFilter: "From the article",
  removeSourceFilter: "Remove the article filter",
  languageLabel: "Interface language",
  languageName: "English",
  hijriToggle: "Hijri date",
  bucketHint: "Click to zoom into this period",
  spanningEarlier: { one: "1 event began before this period", other: "{count} events began before this period" },
  windowCount: { one: "1 event in this period", other: "{count} events in this period" },
  noMatches: "No events match the search or filters in this period.",
  loadingMore: "Loading more…",
  earlierEvents: "Earlier events",
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
    embedFallbackLink: "The chronology on Chronicle",
    openFull: "Open the full chronology",
    exportImport: "Export & import",
    exportHeading: "Download the events in view",
    importHeading: "Import a chronology",
    importHint: "A TimelineJS file (JSON) or a CSV sheet: date, end date, headline, text, source URL.",
    importFile: "File",
    importing: "Importing…",
    imported: "Imported {created} events ({merged} merged into stored events, {skipped} already there) and {sources} sources.",
    importFailed: "Nothing was imported:",
    importLeftOut: "{count} left out, dated outside the years 1–9999:",
  signIn: "Sign in",
  signOut: "Sign out",
  signInTitle: "Sign in to Chronicle",
  signInHint: "Reading and exports are open to everyone; reviewing and importing need an editor account.",
  userName: "User name",
  password: "Password",
  signingIn: "Signing in…",
  signInFailed: "Could not sign in:",
  signedInAs: "{name} ({role})",
  signedInAlready: "You are signed in as {name}.",
  reviewQueue: "Review queue",
  reviewHint: "Events nobody has reviewed yet: the most-reported and most recent first.",
  reviewEmpty: "Nothing is waiting for review.",
  reviewNeedsEditor: "Reviewing needs an editor account: sign in first.",
  reviewOf: "Event {position} of {count}",
  confirmEvent: "Confirm",
  rejectEvent: "Reject",
  editEvent: "Edit",
  saveAndConfirm: "Save and confirm",
  cancel: "Cancel",
  undoLast: "Undo the last change",
  mergeIn: "Merge another event into this one",
  mergeTarget: "Id of the event to merge in",
  mergeButton: "Merge",
  splitOff: "Split off into its own event",
  deleteImported: "Delete the imported event",
  titleAr: "Title in Arabic",
  titleEn: "Title in English",
  dateField: "Date",
  dateHint: "yyyy, yyyy-mm, yyyy-mm-dd, or a span from/to:",
  addParticipant: "Add a participant from the register",
  removeParticipant: "Remove {name}",
  changes: "Changes",
  noChanges: "Nobody has changed this event yet.",
  undoneBy: "undone by {user}",
  actionFailed: "Not done:",
  saved: "Done: {action}",
  shortcuts: "Keys: J/K next/previous, C confirm, X reject, E edit, U undo, M merge",
  importNeedsEditor: "Importing needs an editor account: sign in first.",
  queueCount: { one: "1 event awaits review", other: "{count} events await review" },
  addArticles: "Add articles",
  addArticlesHint: "Paste an article's text with its outlet, URL and publication date, or upload a .txt or .jsonl file; see what will be extracted before it is stored.",
  articlesNeedEditor: "Adding articles needs an editor account: sign in first.",
  articleTitle: "Article title",
  articleLanguage: "Article language",
  articleText: "Article text",
  articleFile: "Or a .txt or .jsonl file",
  previewExtraction: "Show what will be extracted",
  storeArticles: "Store",
  articlesStored: "Stored {stored} articles ({skipped} already there): {created} new events, {merged} merged into stored ones.",
  timexFound: "Temporal expressions",
  correctPublished: "Correct the publication date",
  correctPublishedHint: "Every relative date of the article is resolved again; reviewed events keep their dates.",
  articleCount: { one: "1 article", other: "{count} articles" },
  roles: { viewer: "viewer", editor: "editor", admin: "admin" },
  actions: { confirm: "confirmed", reject: "rejected", edit: "edited", merge: "merged", split: "split", delete: "deleted", undo: "last change undone", redate: "publication date corrected" },
  types: {
    visit: "Visit",
    meeting: "Meeting",
    call: "Call",
    agreement: "Agreement",
    statement: "Statement",
    attack: "Attack",
    other: "Other",
  },
  precisions: {
    day: "Day",
    week: "Week",
    month: "Month",
    season: "Season",
    year: "Year",
    range: "Range",
  },
  reviewStatuses: {
    unreviewed: "Not reviewed",
    confirmed: "Confirmed",
    rejected: "Rejected",
  },
};

const dictionaries: Record<Language, Messages> = { ar, en };

const pluralRules: Record<Language, Intl.PluralRules> = {
  ar: new Intl.PluralRules("ar"),
  en: new Intl.PluralRules("en"),
};

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(dictionaries[language][key], params);
}

export function translatePlural(language: Language, key: PluralKey, count: number): string {
  const forms = dictionaries[language][key];
  const form = forms[pluralRules[language].select(count)] ?? forms.other;
  return fill(form, { count: formatNumber(language, count) });
}

/** An event's title in the reader's language: the English one when there is one, else the event's own. */
export function eventTitle(language: Language, event: { title: string; titleEn: string | null }): string {
  return language === "en" && event.titleEn ? event.titleEn : event.title;
}

export function typeLabel(language: Language, type: EventType): string {
  return dictionaries[language].types[type];
}

export function precisionLabel(language: Language, precision: Precision): string {
  return dictionaries[language].precisions[precision];
}

export function roleLabel(language: Language, role: Role): string {
  return dictionaries[language].roles[role];
}

/** What an audit entry's action did ("confirm" → "confirmed"), or the action itself when unnamed. */
export function actionLabel(language: Language, action: string): string {
  return dictionaries[language].actions[action] ?? action;
}

export function reviewStatusLabel(language: Language, status: ReviewStatus): string {
  return dictionaries[language].reviewStatuses[status];
}

const numberFormats: Record<Language, Intl.NumberFormat> = {
  ar: new Intl.NumberFormat(LOCALES.ar),
  en: new Intl.NumberFormat(LOCALES.en),
};

export function formatNumber(language: Language, value: number): string {
  return numberFormats[language].format(value);
}

const percentFormats: Record<Language, Intl.NumberFormat> = {
  ar: new Intl.NumberFormat(LOCALES.ar, { style: "percent", maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(LOCALES.en, { style: "percent", maximumFractionDigits: 0 }),
};

export function formatPercent(language: Language, fraction: number): string {
  return percentFormats[language].format(fraction);
}

const listFormats: Record<Language, Intl.ListFormat> = {
  ar: new Intl.ListFormat("ar-SY", { type: "conjunction" }),
  en: new Intl.ListFormat("en-GB", { type: "conjunction" }),
};

/** "إيران وسوريا والعراق" / "Iran, Syria and Iraq". */
export function formatList(language: Language, items: string[]): string {
  return listFormats[language].format(items);
}
