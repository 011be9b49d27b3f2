// Route handlers open the store CHRONICLE_DB names: route tests point it at a temp store that
// holds their articles while their file runs, and put it back afterwards.
import { afterAll, beforeAll } from "vitest";
import { addUser, SESSION_COOKIE, signIn } from "@/lib/auth";
import { ingestArticles, type Extractor } from "@/lib/ingest";
import type { ArticleInput, Role } from "@/lib/model";
import type { Store } from "@/lib/store";
import { openTempStore, reportIn, scriptedExtractor, type TempStore } from "@/lib/store/test-helpers";

/** Registers the hooks; the returned function gives the temp store once they have run. */
export function routesOverTempStore(articles: ArticleInput[], extract: Extractor): () => TempStore {
  let temp: TempStore | undefined;
  let savedDb: string | undefined;
  beforeAll(async () => {
    temp = await openTempStore();
    await ingestArticles(temp.store, articles, { extract });
    savedDb = process.env.CHRONICLE_DB;
    process.env.CHRONICLE_DB = temp.path;
  });
  afterAll(async () => {
    if (savedDb === undefined) delete process.env.CHRONICLE_DB;
    else process.env.CHRONICLE_DB = savedDb;
    await temp?.dispose();
  });
  return () => {
    if (!temp) throw new Error("the temp store exists only while the tests run");
    return temp;
  };
}

/** The headers of a same-site request by a newly added user of `role`, signed in: session cookie and CSRF token. */
export async function signedInHeaders(store: Store, role: Role, name = `${role}-${Math.random().toString(36).slice(2, 8)}`): Promise<Record<string, string>> {
  const password = `${name}-password`;
  await addUser(store, { name, role, password });
  const session = await signIn(store, name, password, `test-${name}`);
  if (!session.ok) throw new Error(`signing ${name} in failed: ${session.reason}`);
  return { "sec-fetch-site": "same-origin", cookie: `${SESSION_COOKIE}=${session.token}`, "x-csrf-token": session.session.csrfToken };
}

const VISIT_AND_MEETING = ["زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024.", "التقى وزير الدفاع الإيراني نظيره السوري في 17 تشرين الثاني 2024."];

/** An article reporting a visit (16 November 2024) and a meeting (the 17th) of Iran's defence minister, with the extractor that finds them. */
export function visitAndMeetingArticle(fields: Omit<ArticleInput, "text" | "published">): { article: ArticleInput; extractor: Extractor; sentences: string[] } {
  const article: ArticleInput = { ...fields, published: "2024-11-18", text: VISIT_AND_MEETING.join(" ") };
  const reports = VISIT_AND_MEETING.map((sentence, index) => {
    const day = `2024-11-${16 + index}`;
    return reportIn(article.text, { type: index ? "meeting" : "visit", sentence, edtf: day, firstDay: day, lastDay: day, actors: [["iran-dm", "وزير الدفاع الإيراني", "office"]] });
  });
  return { article, extractor: scriptedExtractor(new Map([[article.text, reports]])), sentences: VISIT_AND_MEETING };
}
