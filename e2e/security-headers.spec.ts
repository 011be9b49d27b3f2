// Every answer carries the security headers; pages run only the scripts carrying their nonce, and
// still work under that policy (the timeline, the list, the embed); a path that is not
// percent-encoded UTF-8 gets a JSON 400 with the same headers, not a bare 500.
import { expect, test, type Page } from "@playwright/test";
import { fetchEvents, timelineItem } from "./helpers";

const COMMON = { "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin" };

function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages answer a nonce policy without unsafe-inline, and API answers allow nothing", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/embed", "/?lang=en"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers).toMatchObject(COMMON);
    const policy = headers["content-security-policy"];
    expect(policy).toMatch(/default-src 'self'/);
    const nonce = /script-src 'self' 'nonce-([^']+)' 'strict-dynamic'/.exec(policy)?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(policy).not.toContain("unsafe-inline");
    nonces.add(nonce!);
    // Every script of the page carries the nonce.
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts.filter((tag) => !tag.includes('type="application/ld+json"'))) expect(script).toContain(`nonce="${nonce}"`);
    expect(policy).toContain(path === "/embed" ? "frame-ancestors *" : "frame-ancestors 'none'");
  }
  expect(nonces.size).toBe(3);
  const api = await request.get("/api/events?limit=1");
  expect(api.headers()).toMatchObject({ ...COMMON, "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
});

test("a path that is not percent-encoded UTF-8 is a JSON 400 with the security headers", async ({ request }) => {
  for (const path of ["/api/events/%FF", "/events/%FF", "/sources/%C3%28", "/api/sources/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()).toMatchObject({ ...COMMON, "content-type": "application/json" });
    expect((await response.json()).error).toMatch(/percent-encoded/);
  }
});

test("oEmbed ignores forwarded host and protocol headers unless a proxy is trusted", async ({ request, baseURL }) => {
  const response = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/`)}`, {
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" },
  });
  expect(response.status()).toBe(200);
  const { html } = (await response.json()) as { html: string };
  expect(html).toContain(`src="${baseURL}/embed"`);
  expect(html).not.toMatch(/evil|javascript:/);
});

test("the timeline, the list and the embed work under the policy, with no violation reported", async ({ page, request }) => {
  const violations = watchCspViolations(page);
  const [event] = await fetchEvents(request);
  await page.goto(`/?event=${event.id}`);
  await expect(timelineItem(page, event.id)).toBeVisible();
  await expect(page.getByTestId("chronology").locator(`[data-event-id="${event.id}"]`)).toBeVisible();
  await page.goto(`/embed?event=${event.id}&height=300&list=compact`);
  await expect(timelineItem(page, event.id)).toBeVisible();
  // The sizes come from the page's nonced style element.
  const timelineHeight = await page.getByTestId("embed").evaluate((root) => getComputedStyle(root).getPropertyValue("--embed-timeline-height"));
  expect(timelineHeight.trim()).toBe("300px");
  expect(violations).toEqual([]);
});
