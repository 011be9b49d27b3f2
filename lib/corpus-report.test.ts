import { describe, expect, it } from "vitest";
import { extractClustered } from "./extract";
import { corpusReport, formatCorpusReport } from "./corpus-report";

const articles = [
  {
    id: "a",
    outlet: "Outlet A",
    title: "ظريف في دمشق",
    published: "2018-09-03",
    text: "وصل وزير الخارجية الإيراني محمد جواد ظريف اليوم الإثنين إلى دمشق في زيارة رسمية.",
  },
  {
    id: "b",
    outlet: "Outlet B",
    title: "زيارة ظريف",
    published: "2018-09-03",
    text: "وصل وزير الخارجية الإيراني محمد جواد ظريف اليوم الإثنين إلى العاصمة السورية دمشق.\nوأطلقت الحكومة خطة تمتد حتى عام 2050.",
  },
];

describe("the corpus report", () => {
  const report = corpusReport(articles, extractClustered(articles));
  it("counts events, types, registered participants and readable titles", () => {
    expect(report.articles).toBe(2);
    expect(report.byType.visit).toBe(2);
    expect(report.withRegisteredActor).toBe(report.events);
    expect(report.readableTitles).toBe(report.events);
    expect(report.outOfRange).toEqual([]);
  });
  it("lists a merge across outlets with its sources", () => {
    const [cluster] = report.largestClusters;
    expect(cluster.articles).toBe(2);
    expect(cluster.outlets).toEqual(["Outlet A", "Outlet B"]);
    expect(formatCorpusReport(report)).toContain("2 articles, 2 outlets");
  });
});
