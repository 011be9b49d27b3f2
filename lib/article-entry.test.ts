// Articles entered by hand: the preview shows what extraction finds without storing anything,
// and storing refuses a batch with any bad article whole.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleInputError } from "./articles";
import { previewArticle, storeArticles } from "./article-entry";
import { countRows } from "./store/queries";
import { openTempStore, type TempStore } from "./store/test-helpers";

const article = { outlet: "سانا", url: "https://sana.sy/?p=9", published: "2024-11-18", text: "زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024 والتقى نظيره السوري." };

let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(async () => {
  await temp.dispose();
});

describe("previewArticle", () => {
  it("answers the resolved temporal expressions and events with offsets into the text", () => {
    const preview = previewArticle(article);
    expect(preview.published).toBe("2024-11-18");
    const timex = preview.timex.find((found) => found.value === "2024-11-16")!;
    expect(timex).toBeDefined();
    expect(article.text.slice(timex.start, timex.end)).toBe(timex.text);
    expect(timex.text).toMatch(/16 تشرين الثاني 2024/);
    for (const event of preview.events) expect(event.excerpt.end).toBeLessThanOrEqual(article.text.length);
  });

  it("names every bad field", () => {
    expect(() => previewArticle({ ...article, published: "2024-02-30", outlet: "" })).toThrow(ArticleInputError);
    expect(() => previewArticle({ ...article, url: "javascript:alert(1)" })).toThrow(/url: must be an http or https URL/);
  });
});

describe("storeArticles", () => {
  it("stores the articles as ingestion does and answers their source ids", async () => {
    const stored = await storeArticles(temp.store, [article]);
    expect(stored).toMatchObject({ read: 1, stored: 1, skipped: 0 });
    const [{ id }] = await temp.store.db.selectFrom("sources").select("id").execute();
    expect(stored.sourceIds).toEqual([id]);
    expect((await storeArticles(temp.store, [article])).skipped).toBe(1);
  });

  it("stores nothing when one article is bad", async () => {
    await expect(storeArticles(temp.store, [article, { ...article, text: "" }])).rejects.toThrow(/articles\[1\]: text: must not be empty/);
    expect((await countRows(temp.store.db)).sources).toBe(0);
  });
});
