// The source page: the article with every cited excerpt highlighted, the chosen one in view.
import { expect, test } from "@playwright/test";
import type { CitationView, SourceDetail } from "../lib/api-types";
import { translate } from "../lib/i18n";
import { fetchEventDetail, fetchEvents, xssSourceIds } from "./helpers";

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Every citation of the seed articles, with the event that makes it. */
async function seedCitations(request: Parameters<typeof fetchEvents>[0]): Promise<CitationView[]> {
  const fixture = new Set(xssSourceIds());
  const citations: CitationView[] = [];
  for (const event of await fetchEvents(request)) {
    citations.push(...(await fetchEventDetail(request, event.id)).citations.filter((citation) => !fixture.has(citation.sourceId)));
  }
  return citations;
}

test("the event panel leads to the source, which highlights the cited excerpt and scrolls to it", async ({ page, request }) => {
  const citations = await seedCitations(request);
  // The excerpt furthest into its article, so that reaching it needs a scroll.
  const citation = citations.reduce((latest, candidate) => (candidate.excerptStart > latest.excerptStart ? candidate : latest));

  await page.goto(`/?event=${citation.eventId}`);
  await page.getByTestId("event-panel").locator(`[data-citation-id="${citation.id}"] a.source-link`).click();
  await expect(page).toHaveURL(`/sources/${citation.sourceId}?citation=${citation.id}`);

  const chosen = page.locator("mark.is-chosen");
  await expect(chosen.first()).toBeInViewport();
  expect(collapse((await chosen.allTextContents()).join(""))).toBe(collapse(citation.excerpt));
  const top = await chosen.first().evaluate((mark) => mark.getBoundingClientRect().top + window.scrollY);
  if (top > page.viewportSize()!.height) expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Every excerpt an event cites from this article is highlighted.
  const detail = (await (await request.get(`/api/sources/${citation.sourceId}`)).json()) as SourceDetail;
  expect(detail.highlights.length).toBeGreaterThan(0);
  for (const highlight of detail.highlights) {
    await expect(page.locator(`mark[data-citations~="${highlight.citationId}"]`).first()).toBeVisible();
  }
  await expect(page.getByTestId("article")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("article")).toHaveAttribute("lang", detail.source.language);

  // The list of cited events moves the emphasis to another excerpt.
  let target = { citationId: citation.id, eventId: citation.eventId };
  const other = detail.highlights.find((highlight) => highlight.eventId !== citation.eventId);
  if (other) {
    await page.locator(".cited-list li", { hasText: other.eventTitle }).getByRole("link", { name: translate("ar", "showInArticle") }).click();
    await expect(page).toHaveURL(`/sources/${citation.sourceId}?citation=${other.citationId}`);
    await expect(page.locator(`mark.is-chosen[data-citations~="${other.citationId}"]`).first()).toBeInViewport();
    target = other;
  }

  // A highlight leads back to its event on the timeline.
  await page.locator(`mark.is-chosen[data-citations~="${target.citationId}"]`).first().locator("a").click();
  await expect(page).toHaveURL(new RegExp(`/\\?event=${target.eventId}$`));
  await expect(page.getByTestId("event-panel")).toHaveAttribute("data-event-id", target.eventId);
});

test("the source page links to the original article when there is one, and says so when not", async ({ page, request }) => {
  const citations = await seedCitations(request);
  const withUrl = citations.find((citation) => citation.source.url);
  const withoutUrl = citations.find((citation) => !citation.source.url);
  expect(withUrl, "a seed article has a URL").toBeTruthy();

  await page.goto(`/sources/${withUrl!.sourceId}`);
  const link = page.locator("a.original-link");
  await expect(link).toHaveAttribute("href", withUrl!.source.url!);
  await expect(link).toHaveAttribute("rel", /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);
  await expect(page.locator(".source-meta .outlet")).toHaveText(withUrl!.source.outlet);

  if (withoutUrl) {
    await page.goto(`/sources/${withoutUrl.sourceId}`);
    await expect(page.getByText(translate("ar", "noOriginalUrl"))).toBeVisible();
    await expect(page.locator("a.original-link")).toHaveCount(0);
  }
});

test("an unknown source or page says that it does not exist", async ({ page }) => {
  await page.goto("/sources/no-such-source");
  await expect(page.getByText(translate("ar", "sourceNotFound"))).toBeVisible();
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByText(translate("ar", "pageNotFound"))).toBeVisible();
});
