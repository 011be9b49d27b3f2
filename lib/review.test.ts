// Review changes against a temp store: each one recorded with who and what, undone back to the
// stored state exactly, and reviewed events left alone by later ingestion.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestArticles } from "./ingest";
import type { ArticleInput } from "./model";
import { ReviewError, correctPublicationDate, deleteImportedEvent, editEvent, mergeEvents, setReviewStatus, splitCitation, undoLastChange } from "./review";
import { storeImportedEvents } from "./import";
import { auditTrail, countRows, getEventDetail, listEvents } from "./store/queries";
import { addDays } from "./store/days";
import { openTempStore, reportIn, scriptedExtractor, type TempStore } from "./store/test-helpers";
import type { Extractor } from "./ingest";

const visitSentence = "زار وزير الدفاع الإيراني دمشق في 16 تشرين الثاني 2024.";
const first: ArticleInput = { id: "a", outlet: "One", published: "2024-11-18", text: `${visitSentence} وقال إنها مهمة.` };
const second: ArticleInput = { id: "b", outlet: "Two", published: "2024-11-19", text: `${visitSentence} ولم يُذكر المزيد.` };
const report = (text: string, day = "2024-11-16") =>
  reportIn(text, { type: "visit", sentence: visitSentence, edtf: day, firstDay: day, lastDay: day, actors: [["iran-dm", "وزير الدفاع الإيراني", "office"]] });
const extractor = scriptedExtractor(new Map([[first.text, [report(first.text)]], [second.text, [report(second.text)]]]));

const alice = { name: "alice" };
let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(async () => {
  await temp.dispose();
});

async function onlyEvent() {
  const { events } = await listEvents(temp.store.db, { limit: 10 });
  expect(events).toHaveLength(1);
  return (await getEventDetail(temp.store.db, events[0].id))!;
}

describe("review changes", () => {
  it("confirms, records who did it and from what, and undoes back to unreviewed", async () => {
    await ingestArticles(temp.store, [first], { extract: extractor });
    const { event } = await onlyEvent();
    await setReviewStatus(temp.store, alice, event.id, "confirmed");
    expect((await onlyEvent()).event.reviewStatus).toBe("confirmed");
    const [entry] = await auditTrail(temp.store.db, event.id, 10);
    expect(entry).toMatchObject({ user: "alice", action: "confirm", changes: [{ field: "reviewStatus", from: "unreviewed", to: "confirmed" }], undoneAt: null });
    await undoLastChange(temp.store, { name: "bob" }, event.id);
    expect((await onlyEvent()).event.reviewStatus).toBe("unreviewed");
    expect((await auditTrail(temp.store.db, event.id, 10))[0]).toMatchObject({ undoneBy: "bob" });
    await expect(undoLastChange(temp.store, alice, event.id)).rejects.toMatchObject({ status: 404 });
  });

  it("edits the date, titles, place and participants, confirms the event, and the undo restores every field", async () => {
    await ingestArticles(temp.store, [first], { extract: extractor });
    const before = await onlyEvent();
    await editEvent(temp.store, alice, before.event.id, { date: "2024-11", title: "زيارة", titleEn: "A visit", place: "دمشق", participants: ["state:iran"] });
    const edited = (await onlyEvent()).event;
    expect(edited).toMatchObject({ edtf: "2024-11", precision: "month", firstDay: "2024-11-01", lastDay: "2024-11-30", title: "زيارة", titleEn: "A visit", place: "دمشق", reviewStatus: "confirmed" });
    expect(edited.participants.map((p) => p.actorId)).toEqual(["state:iran"]);
    // The timeline reads the derived day counts: the event moved there too.
    const { events } = await listEvents(temp.store.db, { from: "2024-11-01", to: "2024-11-01", limit: 10 });
    expect(events.map((event) => event.id)).toEqual([before.event.id]);
    await undoLastChange(temp.store, alice, before.event.id);
    expect(await onlyEvent()).toEqual(before);
  });

  it("refuses a bad date or an unknown participant, and changes nothing", async () => {
    await ingestArticles(temp.store, [first], { extract: extractor });
    const before = await onlyEvent();
    await expect(editEvent(temp.store, alice, before.event.id, { date: "2024-13-40" })).rejects.toBeInstanceOf(ReviewError);
    await expect(editEvent(temp.store, alice, before.event.id, { participants: ["nobody:at-all"] })).rejects.toMatchObject({ status: 400 });
    expect(await onlyEvent()).toEqual(before);
    expect(await auditTrail(temp.store.db, before.event.id, 10)).toEqual([]);
  });

  it("splits a citation off into its own event and merges it back, each undone", async () => {
    await ingestArticles(temp.store, [first, second], { extract: extractor });
    const merged = await onlyEvent();
    expect(merged.citations).toHaveLength(2);
    const { eventId: created } = await splitCitation(temp.store, alice, merged.event.id, merged.citations[1].id);
    const split = await getEventDetail(temp.store.db, created);
    expect(split?.citations.map((c) => c.id)).toEqual([merged.citations[1].id]);
    expect(split?.event).toMatchObject({ corroboration: 1, reviewStatus: "unreviewed", type: "visit" });
    expect((await getEventDetail(temp.store.db, merged.event.id))?.event.corroboration).toBe(1);

    await undoLastChange(temp.store, alice, merged.event.id);
    expect(await getEventDetail(temp.store.db, created)).toBeNull();
    expect(await onlyEvent()).toEqual(merged);

    // Split again, then merge the two back by hand, then undo the merge: two events again.
    await splitCitation(temp.store, alice, merged.event.id, merged.citations[1].id);
    await mergeEvents(temp.store, alice, merged.event.id, created);
    expect(await onlyEvent()).toMatchObject({ event: { corroboration: 2 } });
    await undoLastChange(temp.store, alice, merged.event.id);
    expect((await getEventDetail(temp.store.db, created))?.citations).toHaveLength(1);
    // The split is now the last change of both: undoing it leaves the event as ingested.
    await undoLastChange(temp.store, alice, created);
    expect(await onlyEvent()).toEqual(merged);
  });

  it("refuses to undo a change while a later one touched the same events", async () => {
    await ingestArticles(temp.store, [first, second], { extract: extractor });
    const merged = await onlyEvent();
    const { eventId: created } = await splitCitation(temp.store, alice, merged.event.id, merged.citations[1].id);
    await setReviewStatus(temp.store, alice, created, "rejected");
    // The event's own last change is the split; the split's new event changed since.
    await expect(undoLastChange(temp.store, alice, merged.event.id)).rejects.toMatchObject({ status: 409 });
  });

  it("never merges a reviewed event away into an unreviewed one", async () => {
    await ingestArticles(temp.store, [first, second], { extract: extractor });
    const merged = await onlyEvent();
    const { eventId: created } = await splitCitation(temp.store, alice, merged.event.id, merged.citations[1].id);
    await setReviewStatus(temp.store, alice, created, "confirmed");
    await expect(mergeEvents(temp.store, alice, merged.event.id, created)).rejects.toMatchObject({ status: 409 });
    await mergeEvents(temp.store, alice, created, merged.event.id);
    expect((await getEventDetail(temp.store.db, created))?.event).toMatchObject({ reviewStatus: "confirmed", corroboration: 2 });
  });

  it("deletes imported events only, and the undo brings one back with its citation", async () => {
    await ingestArticles(temp.store, [first], { extract: extractor });
    const extracted = await onlyEvent();
    await expect(deleteImportedEvent(temp.store, alice, extracted.event.id)).rejects.toMatchObject({ status: 409 });
    await storeImportedEvents(temp.store.db, [{ edtf: "2023-01-05", firstDay: "2023-01-05", lastDay: "2023-01-05", precision: "day", title: "imported", text: "A passage.", type: "other", place: null, participants: [], sourceUrls: ["https://example.org/x"], origin: "row 2" }], { format: "csv" });
    const { events } = await listEvents(temp.store.db, { to: "2023-12-31", limit: 10 });
    const imported = (await getEventDetail(temp.store.db, events[0].id))!;
    const counts = await countRows(temp.store.db);
    await deleteImportedEvent(temp.store, alice, imported.event.id);
    expect(await getEventDetail(temp.store.db, imported.event.id)).toBeNull();
    expect((await countRows(temp.store.db)).citations).toBe(counts.citations - 1);
    await undoLastChange(temp.store, alice, imported.event.id);
    expect(await getEventDetail(temp.store.db, imported.event.id)).toEqual(imported);
  });

  it("keeps a reviewed event's fields and participants when a later article reports it again", async () => {
    await ingestArticles(temp.store, [first], { extract: extractor });
    const { event } = await onlyEvent();
    await editEvent(temp.store, alice, event.id, { title: "زيارة موثّقة" });
    // The second report names one more participant, which an unreviewed event would gain.
    const withHost = reportIn(second.text, { type: "visit", sentence: visitSentence, edtf: "2024-11-16", firstDay: "2024-11-16", lastDay: "2024-11-16", actors: [["iran-dm", "وزير الدفاع الإيراني", "office"], ["host", "دمشق", "place"]] });
    await ingestArticles(temp.store, [second], { extract: scriptedExtractor(new Map([[second.text, [withHost]]])) });
    const after = await onlyEvent();
    expect(after.event).toMatchObject({ title: "زيارة موثّقة", reviewStatus: "confirmed", corroboration: 2 });
    expect(after.event.participants.map((p) => p.actorId)).toEqual(["iran-dm"]);
  });

  it("resolves an article's relative dates again when its publication date is corrected, leaving reviewed and shared events alone", async () => {
    // "Yesterday": the day before whatever day the article was published.
    const yesterday: Extractor = (text, published) => {
      const day = addDays(published, -1);
      return { timex: [], events: text === first.text ? [reportIn(text, { type: "visit", sentence: visitSentence, edtf: day, firstDay: day, lastDay: day, actors: [["iran-dm", "وزير الدفاع الإيراني", "office"]] })] : [] };
    };
    await ingestArticles(temp.store, [first], { extract: yesterday });
    const { event, citations } = await onlyEvent();
    expect(event.edtf).toBe("2024-11-17");
    await correctPublicationDate(temp.store, alice, citations[0].sourceId, "2024-10-02", yesterday);
    const redated = await onlyEvent();
    expect(redated.event).toMatchObject({ edtf: "2024-10-01", firstDay: "2024-10-01" });
    expect(redated.citations[0]).toMatchObject({ date: "2024-10-01", source: { published: "2024-10-02" } });
    expect((await auditTrail(temp.store.db, event.id, 10))[0]).toMatchObject({ action: "redate", changes: [{ from: "2024-11-18", to: "2024-10-02" }, { from: "2024-11-17", to: "2024-10-01" }] });
    await expect(undoLastChange(temp.store, alice, event.id)).rejects.toMatchObject({ status: 409 });

    // Confirmed, the event keeps its date; the citation says what the source now gives.
    await setReviewStatus(temp.store, alice, event.id, "confirmed");
    await correctPublicationDate(temp.store, alice, citations[0].sourceId, "2024-09-02", yesterday);
    const kept = await onlyEvent();
    expect(kept.event.edtf).toBe("2024-10-01");
    expect(kept.citations[0].date).toBe("2024-09-01");
    await expect(correctPublicationDate(temp.store, alice, citations[0].sourceId, "2024-02-30", yesterday)).rejects.toMatchObject({ status: 400 });
    await expect(correctPublicationDate(temp.store, alice, "0000000000000000", "2024-02-03", yesterday)).rejects.toMatchObject({ status: 404 });
  });
});
