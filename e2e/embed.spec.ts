// The embeddable timeline, as another site uses it: a plain page served from a second loopback
// origin pastes the snippet the Embed dialog gives, and gets a working, correctly sized timeline
// that it cannot reach into. Also: which pages may be framed, oEmbed discovery, the event page's
// JSON-LD, and the export and import dialog.
import { expect, test, type Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ARTIFACTS, fetchEventDetail, fetchEvents, signInAsEditor } from "./helpers";

// Another host name as well as another port: the host page is cross-site, not just cross-origin.
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? Number(process.env.E2E_PORT ?? 3217) + 1);
const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;

let hostPage = "";
let server: Server;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url !== "/") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(HOST_PORT, "127.0.0.1", resolve);
  });
  expect((server.address() as AddressInfo).port).toBe(HOST_PORT);
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A plain article page around the snippet, recording what the embed tells it. */
function articlePage(snippet: string, extra = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title>
<script>
  window.messages = [];
  window.selections = [];
  addEventListener("message", (event) => messages.push({ origin: event.origin, data: event.data }));
  document.addEventListener("chronicle:select", (event) => selections.push(event.detail.eventId));
</script></head>
<body style="margin:0;font-family:sans-serif;background:#fff">
<h1 style="margin:8px 16px;font-size:18px">Syria and Iran: how the visit unfolded</h1>
<div style="max-width:900px;margin:0 16px">${snippet}</div>
${extra}
</body></html>`;
}

async function snippetFromDialog(page: Page, path: string, theme: "light" | "dark" = "light", screenshot?: string): Promise<string> {
  await page.goto(path);
  await page.getByTestId("embed-button").click();
  const dialog = page.getByTestId("embed-dialog");
  await expect(dialog).toBeVisible();
  if (theme === "dark") await dialog.getByRole("radio", { name: "داكن" }).check();
  const snippet = await dialog.getByTestId("embed-code").inputValue();
  if (screenshot) await page.screenshot({ path: join(ARTIFACTS, screenshot) });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  return snippet;
}

const iframeHeight = (page: Page) => page.locator("iframe").first().evaluate((frame) => frame.getBoundingClientRect().height);
const lastReportedHeight = (page: Page) =>
  page.evaluate(() => {
    const resizes = (window as unknown as { messages: { data: { type: string; height: number } }[] }).messages.filter((m) => m.data?.type === "chronicle:resize");
    return resizes.at(-1)?.data.height ?? null;
  });

/** How far the host's iframe is from the height of the embed inside it (0 when it fits). */
function fitsContentOf(page: Page, baseURL: string) {
  return async () => {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${baseURL}/embed`));
    if (!frame) return null;
    const content = await frame.evaluate(() => Math.ceil(document.querySelector("[data-testid=embed]")?.getBoundingClientRect().height ?? -1));
    return (await iframeHeight(page)) - content;
  };
}

test("a page on another site shows the embedded timeline from the snippet, sized to its content, with the linked event", async ({ page, request, baseURL }) => {
  const events = await fetchEvents(request);
  const linked = events.find((event) => event.type !== "other") ?? events[0];
  const snippet = await snippetFromDialog(page, `/?event=${linked.id}`, "light", "embed-dialog.png");
  expect(snippet).toContain(`data-event="${linked.id}"`);
  expect(snippet).toContain(`<script async src="${baseURL}/embed.js"></script>`);

  hostPage = articlePage(snippet);
  await page.goto(`${HOST_ORIGIN}/`);
  const embed = page.frameLocator("iframe");

  // It renders: the timeline, the chronology, and the linked event selected in both and open.
  await expect(embed.getByTestId("timeline")).toBeVisible();
  await expect(embed.getByTestId("event-panel")).toHaveAttribute("data-event-id", linked.id);
  await expect(embed.locator(`.vis-item[data-id="${linked.id}"]`)).toHaveClass(/vis-selected/);
  await expect(embed.locator(".site-header")).toBeHidden();
  await expect(embed.locator(".filter-bar")).toBeHidden();

  // It is sized to its content: the host's iframe takes the height the embed reports, which is
  // the embed's own height.
  const fitsContent = fitsContentOf(page, baseURL!);
  await expect.poll(fitsContent).toBe(0);
  expect(await lastReportedHeight(page)).toBe(await iframeHeight(page));
  const withPanel = await iframeHeight(page);

  // Closing the event shrinks it; the host follows, and hears of the selection change.
  await embed.getByTestId("event-panel").getByRole("button", { name: "إغلاق" }).click();
  await expect.poll(() => iframeHeight(page)).toBeLessThan(withPanel);
  await expect.poll(fitsContent).toBe(0);
  await expect.poll(() => page.evaluate(() => (window as unknown as { selections: (string | null)[] }).selections)).toEqual([null]);

  // Choosing another event in the list opens it again, and tells the host which.
  const other = events.find((event) => event.id !== linked.id)!;
  await embed.locator(`[data-event-id="${other.id}"]`).first().click();
  await expect(embed.getByTestId("event-panel")).toHaveAttribute("data-event-id", other.id);
  await expect.poll(() => page.evaluate(() => (window as unknown as { selections: (string | null)[] }).selections)).toEqual([null, other.id]);
  await expect.poll(fitsContent).toBe(0);

  // Every message came from the embed's origin.
  const origins = await page.evaluate(() => [...new Set((window as unknown as { messages: { origin: string }[] }).messages.map((m) => m.origin))]);
  expect(origins).toEqual([baseURL]);

  // The host cannot reach into it.
  const reach = await page.evaluate(() => {
    const frameWindow = document.querySelector("iframe")!.contentWindow!;
    try {
      return frameWindow.document === null ? "null" : `reached: ${frameWindow.document.title}`;
    } catch (error) {
      return `refused: ${(error as Error).name}`;
    }
  });
  expect(reach).toMatch(/^(refused: SecurityError|null)$/);

  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(ARTIFACTS, "embed-light.png"), fullPage: true });
});

test("the dark theme, and the compact list, come from the snippet", async ({ page, request, baseURL }) => {
  const [first] = await fetchEvents(request);
  const snippet = await snippetFromDialog(page, `/?event=${first.id}`, "dark");
  expect(snippet).toContain('data-theme="dark"');
  hostPage = articlePage(snippet.replace("<div data-chronicle-timeline", '<div data-chronicle-timeline data-list="compact"'));
  await page.goto(`${HOST_ORIGIN}/`);
  const embed = page.frameLocator("iframe");
  await expect(embed.getByTestId("embed")).toHaveAttribute("data-theme", "dark");
  await expect(embed.getByTestId("embed")).toHaveAttribute("data-list", "compact");
  await expect(embed.getByTestId("event-panel")).toHaveAttribute("data-event-id", first.id);
  const background = await embed.getByTestId("embed").evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe("rgb(17, 21, 26)");
  await expect.poll(fitsContentOf(page, baseURL!)).toBe(0);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(ARTIFACTS, "embed-dark.png"), fullPage: true });
});

test("only /embed may be framed by other sites: the headers, and a browser refusing the rest", async ({ page, request, baseURL }) => {
  const [event] = await fetchEvents(request);
  const embed = await request.get("/embed");
  expect(embed.headers()["content-security-policy"]).toMatch(/(^|; )frame-ancestors \*(;|$)/);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", `/events/${event.id}`, "/api/events?limit=1", "/embed.js", "/embedded"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }

  hostPage = articlePage("", `<iframe name="home" src="${baseURL}/" style="width:600px;height:300px"></iframe>`);
  await page.goto(`${HOST_ORIGIN}/`);
  await expect.poll(() => page.frame({ name: "home" })?.url()).toMatch(/^chrome-error:/);
});

test("an event page carries oEmbed discovery and schema.org Event JSON-LD", async ({ page, request }) => {
  const [event] = await fetchEvents(request);
  await page.goto(`/events/${event.id}`);
  await expect(page.getByTestId("event-page").locator("h1")).toHaveText(event.title);
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(discovery).toBeTruthy();
  const oembed = await (await request.get(discovery!)).json();
  expect(oembed).toMatchObject({ version: "1.0", type: "rich", title: event.title });
  expect(oembed.html).toContain(`/embed?event=${event.id}`);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "Event", name: event.title, startDate: event.firstDay, endDate: event.lastDay });
  // Only Event's own properties (validators reject additionalProperty on an Event), and the place where known.
  expect(jsonLd).not.toHaveProperty("additionalProperty");
  const placed = (await fetchEvents(request)).find((candidate) => candidate.place);
  if (placed) {
    await page.goto(`/events/${placed.id}`);
    const placedJsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
    expect(placedJsonLd.location).toMatchObject({ "@type": "Place", name: placed.place });
  }
});

test("a source page carries oEmbed discovery for the timeline of its events, which ?source= shows", async ({ page, request }) => {
  const all = await fetchEvents(request);
  const { citations } = await fetchEventDetail(request, all[0].id);
  const { sourceId, source } = citations[0];
  const ofSource = await fetchEvents(request, `source=${sourceId}`);
  expect(ofSource.length).toBeGreaterThan(0);
  expect(ofSource.length).toBeLessThan(all.length);

  await page.goto(`/sources/${sourceId}`);
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(discovery).toBeTruthy();
  const oembed = await (await request.get(discovery!)).json();
  expect(oembed).toMatchObject({ version: "1.0", type: "rich", title: source.title ?? source.outlet });
  expect(oembed.html).toContain(`/embed?source=${sourceId}"`);

  // The home page with the filter lists that source's events alone, and says why.
  await page.goto(`/?source=${sourceId}`);
  const listed = page.getByTestId("chronology").locator('[role="option"]');
  await expect(listed).toHaveCount(ofSource.length);
  expect((await listed.evaluateAll((items) => items.map((item) => item.getAttribute("data-event-id")))).sort()).toEqual(ofSource.map((event) => event.id).sort());
  const chip = page.getByTestId("source-filter");
  await expect(chip).toContainText(source.outlet);
  await chip.getByRole("button").click();
  await expect(page).not.toHaveURL(/source=/);
  await expect(chip).toBeHidden();
});

test("the export dialog downloads the filtered selection, and an import with errors says what is wrong", async ({ page }) => {
  // Exports are open to all; importing needs an editor.
  await signInAsEditor(page, "ar");
  await page.goto("/?type=visit");
  await page.getByTestId("export-button").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog.locator("a[data-format]")).toHaveCount(5);
  const download = page.waitForEvent("download");
  await dialog.locator('a[data-format="csv"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^chronicle-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await import("node:fs/promises")).readFile((await file.path())!, "utf8");
  const rows = csv.replace(/^\uFEFF/, "").trim().split("\n").filter((line) => /^[\w-]+,\d{4}/.test(line));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.split(",")[5] === "visit")).toBe(true);

  await dialog.locator('input[type="file"]').setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("date,headline\n2024-02-30,not a day\n") });
  await dialog.getByRole("button", { name: "استيراد تسلسل زمني" }).click();
  await expect(dialog.getByTestId("import-status")).toContainText("row 2, date");
});
