// The "Export & import" dialog as a reader uses it: each of the five export formats downloaded
// from the home page, and a TimelineJS file and a spreadsheet imported into the store.
//
// The imports write to the database the later spec files read (Playwright runs the files in
// alphabetical order, one worker), and some of those count every stored event or take the
// earliest one (screenshots: one timeline item per stored event and events[0]; source: the
// citations of every source; windowed: a word of the earliest Arabic title). So the imported
// events are made not to change what those assertions pick: they are dated on the last day any
// stored event reaches (the timeline's extent stays as it was and the earliest events stay
// first), their titles and texts are English (no Arabic word for a search to pick), and each file
// cites one short source of its own. Those counting every event count them through the API, so
// they count these too.
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { get as getOverHttp } from "node:http";
import { join } from "node:path";
import type { TimelineAnswer } from "../lib/api-types";
import { ARTIFACTS, fetchEvents, signInAsEditor } from "./helpers";

const DOWNLOAD_NAME = /^chronicle-\d{4}-\d{2}-\d{2}\.(\w+)$/;

async function openDialog(page: Page) {
  await page.goto("/?lang=en");
  await page.getByTestId("export-button").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Downloads one export format through its link in the dialog: the file's extension and text. */
async function download(page: Page, format: string): Promise<{ extension: string; text: string }> {
  const dialog = page.getByTestId("export-dialog");
  const started = page.waitForEvent("download");
  await dialog.locator(`a[data-format="${format}"]`).click();
  const file = await started;
  const name = DOWNLOAD_NAME.exec(file.suggestedFilename());
  expect(name, file.suggestedFilename()).not.toBeNull();
  return { extension: name![1], text: await readFile((await file.path())!, "utf8") };
}

test("the export dialog downloads every stored event in each of the five formats", async ({ page, request }) => {
  const stored = await fetchEvents(request);
  expect(stored.length).toBeGreaterThan(0);
  const dialog = await openDialog(page);
  await expect(dialog.locator("a[data-format]")).toHaveCount(5);

  const timelineJs = await download(page, "timelinejs");
  expect(timelineJs.extension).toBe("json");
  const slides = (JSON.parse(timelineJs.text) as { events: { unique_id: string; start_date: { year: number } }[] }).events;
  expect(slides.map((slide) => slide.unique_id).sort()).toEqual(stored.map((event) => event.id).sort());

  const csv = await download(page, "csv");
  expect(csv.extension).toBe("csv");
  const [header, ...rows] = csv.text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(header).toBe("id,date,first_day,last_day,precision,type,title,participants,place,sources,excerpt,review_status");
  expect(rows.length).toBeGreaterThanOrEqual(stored.length);

  const ics = await download(page, "ics");
  expect(ics.extension).toBe("ics");
  expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(stored.length);
  expect(ics.text.trimEnd()).toMatch(/END:VCALENDAR$/);

  const jsonLd = await download(page, "jsonld");
  expect(jsonLd.extension).toBe("jsonld");
  const graph = (JSON.parse(jsonLd.text) as { "@context": unknown; "@graph": { "@type": string }[] })["@graph"];
  expect(graph.filter((node) => node["@type"] === "Event")).toHaveLength(stored.length);

  const plover = await download(page, "plover");
  expect(plover.extension).toBe("jsonl");
  const records = plover.text.trim().split("\n").map((line) => JSON.parse(line) as { id: string; date: string; event: string[] });
  // Statements and other events have no PLOVER category and are left out.
  const coded = stored.filter((event) => event.type !== "statement" && event.type !== "other");
  expect(records.map((record) => record.id).sort()).toEqual(coded.map((event) => event.id).sort());
  for (const record of records) {
    expect(record.event, record.id).toEqual([expect.stringMatching(/^[A-Z]+$/)]);
    expect(record.date, record.id).toBe(coded.find((event) => event.id === record.id)!.firstDay);
  }
});

/**
 * The timeline's titles for one day, asked `times` times each over a new connection: the server
 * (scripts/serve.ts) hands connections to its processes in turn, so every process answers.
 */
async function titlesFromEveryProcess(baseURL: string, day: string, times = 6): Promise<string[][]> {
  const answers: string[][] = [];
  for (let i = 0; i < times; i += 1) {
    const body = await new Promise<string>((resolve, reject) => {
      getOverHttp(`${baseURL}/api/timeline?from=${day}&to=${day}`, { agent: false }, (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve(text));
      }).on("error", reject);
    });
    const answer = JSON.parse(body) as TimelineAnswer;
    expect(answer.kind).toBe("events");
    answers.push(answer.kind === "events" ? answer.events.map((event) => event.title).sort() : []);
  }
  return answers;
}

test("a TimelineJS file and a spreadsheet imported through the dialog are stored, with their sources", async ({ page, request, baseURL }) => {
  const before = await fetchEvents(request);
  const lastDay = before.map((event) => event.lastDay).reduce((latest, day) => (day > latest ? day : latest));
  const [year, month, day] = lastDay.split("-").map(Number);
  // Every server process answers the day, and keeps its answer.
  const titlesBefore = await titlesFromEveryProcess(baseURL!, lastDay);
  expect(new Set(titlesBefore.map((titles) => titles.join("|"))).size).toBe(1);
  // Importing writes: an editor signs in first.
  await signInAsEditor(page);
  const dialog = await openDialog(page);

  const timelineJs = JSON.stringify({
    title: { text: { headline: "An e2e chronology" } },
    events: [
      { start_date: { year, month, day }, text: { headline: "E2E imported talks", text: "Delegations met for talks." }, media: { url: "https://e2e.example/timelinejs" } },
      { start_date: { year, month, day }, text: { headline: "E2E imported statement", text: "A spokesman spoke." }, media: { url: "https://e2e.example/timelinejs" } },
      // Before the common era: left out and reported, the rest imported.
      { start_date: { year: -500 }, text: { headline: "E2E ancient" } },
    ],
  });
  await dialog.locator('input[type="file"]').setInputFiles({ name: "chronology.json", mimeType: "application/json", buffer: Buffer.from(timelineJs) });
  await dialog.getByRole("button", { name: "Import a chronology" }).click();
  const status = dialog.getByTestId("import-status");
  await expect(status).toContainText("Imported 2 events (0 merged into stored events, 0 already there) and 1 sources.");
  await expect(status).toContainText("1 left out, dated outside the years 1–9999:");
  await expect(status.getByRole("listitem")).toHaveText(["events[2].start_date: a year before the common era (-500) is outside the years 1-9999 Chronicle keeps; the slide is left out"]);
  await page.screenshot({ path: join(ARTIFACTS, "import-left-out.png") });

  const csv = ["date,headline,text,source url", `${lastDay},E2E imported visit,A minister visited.,https://e2e.example/sheet`].join("\n");
  await dialog.locator('input[type="file"]').setInputFiles({ name: "chronology.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await dialog.getByRole("button", { name: "Import a chronology" }).click();
  await expect(dialog.getByTestId("import-status")).toHaveText("Imported 1 events (0 merged into stored events, 0 already there) and 1 sources.");

  // The same spreadsheet again: nothing new.
  await dialog.getByRole("button", { name: "Import a chronology" }).click();
  await expect(dialog.getByTestId("import-status")).toHaveText("Imported 0 events (0 merged into stored events, 1 already there) and 0 sources.");

  const imported = (await fetchEvents(request)).filter((event) => !before.some((known) => known.id === event.id));
  expect(imported.map((event) => event.title).sort()).toEqual(["E2E imported statement", "E2E imported talks", "E2E imported visit"]);
  expect(imported.every((event) => event.firstDay === lastDay && event.corroboration === 1)).toBe(true);

  // One process stored the imports; none answers from what it kept before them.
  for (const titles of await titlesFromEveryProcess(baseURL!, lastDay)) {
    expect(titles).toEqual([...titlesBefore[0], "E2E imported statement", "E2E imported talks", "E2E imported visit"].sort());
  }
});
