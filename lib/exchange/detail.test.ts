import { describe, expect, it } from "vitest";
import { citedExcerpts, citedSources, citedUrls, sourceLabel } from "./detail";
import { defenceMeeting, militaryAgreement } from "./fixtures";

describe("detail", () => {
  it("lists each cited source once, in citation order", () => {
    const repeated = { ...defenceMeeting, citations: [...defenceMeeting.citations, { ...defenceMeeting.citations[0], id: "again" }] };
    expect(citedSources(repeated).map((source) => source.id)).toEqual(["src-athr-1", "src-sana-7"]);
    expect(citedExcerpts(repeated)).toEqual(defenceMeeting.citations.map((citation) => citation.excerpt));
  });

  it("leaves sources without a URL out of the URLs", () => {
    expect(citedUrls(militaryAgreement)).toEqual([]);
    expect(citedUrls(defenceMeeting)).toHaveLength(2);
    expect(sourceLabel(militaryAgreement.citations[0].source)).toBe("Click News, 2023-01-25");
  });
});
