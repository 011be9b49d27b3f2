import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleInputError, MAX_ARTICLE_BYTES, readArticles } from "./articles";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "chronicle-articles-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: "a1", outlet: "Outlet", url: "https://x.example", published: "2013-12-28T06:41:29+04:00", title: "t", text: "نص الخبر", lang: "ar", ...fields });

function problemsOf(...paths: string[]): string[] {
  try {
    readArticles(...paths);
  } catch (error) {
    if (error instanceof ArticleInputError) return error.problems;
    throw error;
  }
  throw new Error("expected an ArticleInputError");
}

describe("readArticles", () => {
  it("reads the seeds folder: metadata from sources.json, text from each file, the file name as id", () => {
    const articles = readArticles("data/seeds");
    expect(articles.map((a) => [a.id, a.outlet, a.published, a.lang])).toEqual([
      ["000_52ff072982a90872", "Athr Press", "2024-11-17", "ar"],
      ["003_9f62a5f2d17136fb", "Click News", "2023-01-25", "ar"],
    ]);
    expect(articles[0].text).toBe(readFileSync("data/seeds/000_52ff072982a90872.txt", "utf8"));
    expect(articles[0].title).toBeNull();
  });

  it("reads a .jsonl file in the corpus format, ignoring fields it does not use, and skips blank lines", () => {
    const file = join(folder, "in.jsonl");
    writeFileSync(file, `${line({ origin: "crawler", weekday_check: { agree: 0 } })}\n\n${line({ id: "a2", url: null, title: null })}\n`);
    const articles = readArticles(file);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toEqual({ id: "a1", outlet: "Outlet", url: "https://x.example", published: "2013-12-28T06:41:29+04:00", title: "t", text: "نص الخبر", lang: "ar" });
    expect(articles[1]).toMatchObject({ id: "a2", url: null, title: null });
  });

  it("reads every .jsonl file of a folder in name order", () => {
    writeFileSync(join(folder, "b.jsonl"), line({ id: "from-b" }));
    writeFileSync(join(folder, "a.jsonl"), line({ id: "from-a" }));
    writeFileSync(join(folder, "notes.txt"), "not an article");
    expect(readArticles(folder).map((a) => a.id)).toEqual(["from-a", "from-b"]);
  });

  it("names the file, line and field of every problem in a .jsonl file", () => {
    const file = join(folder, "bad.jsonl");
    writeFileSync(
      file,
      [
        line({}),
        "{not json",
        line({ outlet: undefined }),
        line({ published: "2023-02-30" }),
        line({ text: "  " }),
        line({ lang: "fr" }),
        line({ url: "javascript:alert(1)" }),
      ].join("\n"),
    );
    const problems = problemsOf(file);
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(new RegExp(`^${file} line 2: not valid JSON`));
    expect(problems[1]).toBe(`${file} line 3: outlet: is required`);
    expect(problems[2]).toBe(`${file} line 4: published: must be an ISO date or timestamp starting with a real yyyy-mm-dd day`);
    expect(problems[3]).toBe(`${file} line 5: text: must not be empty`);
    expect(problems[4]).toBe(`${file} line 6: lang: must be "ar" or "en"`);
    expect(problems[5]).toBe(`${file} line 7: url: must be an http or https URL`);
  });

  it("names the entry and file of problems in a seeds-format folder", () => {
    writeFileSync(join(folder, "one.txt"), "نص");
    writeFileSync(
      join(folder, "sources.json"),
      JSON.stringify([
        { file: "one.txt", outlet: "Outlet", published: "2024-01-01" },
        { file: "missing.txt", outlet: "Outlet", published: "2024-01-01" },
        { file: "one.txt", published: "2024-01-01" },
        { outlet: "Outlet", published: "2024-01-01" },
        { file: "../escape.txt", outlet: "Outlet", published: "2024-01-01" },
      ]),
    );
    const sources = join(folder, "sources.json");
    expect(problemsOf(folder)).toEqual([
      `${sources} entry 2: file missing.txt not found in ${folder}`,
      expect.stringMatching(new RegExp(`^${sources} entry 3 \\(one.txt\\): outlet: `)),
      expect.stringMatching(new RegExp(`^${sources} entry 4: file: `)),
      `${sources} entry 5: file: must be a file name inside the folder`,
    ]);
  });

  it("refuses paths it cannot read, collecting the problems of every path", () => {
    writeFileSync(join(folder, "sources.json"), "{}");
    mkdirSync(join(folder, "empty"));
    writeFileSync(join(folder, "articles.csv"), "");
    expect(problemsOf(folder, join(folder, "empty"), join(folder, "articles.csv"), join(folder, "nowhere"))).toEqual([
      `${join(folder, "sources.json")}: must hold a JSON array of {file, outlet, published, …}`,
      `${join(folder, "empty")}: has neither a sources.json nor any .jsonl file`,
      `${join(folder, "articles.csv")}: expected a folder or a .jsonl file`,
      `${join(folder, "nowhere")}: no such file or folder`,
    ]);
  });

  it("names a byte order mark, invalid UTF-8 and NUL bytes, with the file and line", () => {
    const bom = join(folder, "bom.jsonl");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line({}))]));
    const latin1 = join(folder, "latin1.jsonl");
    writeFileSync(latin1, Buffer.concat([Buffer.from(`${line({})}\n`), Buffer.from([0x7b, 0xe9, 0x7d])]));
    const nul = join(folder, "nul.jsonl");
    writeFileSync(nul, `${line({})}\n${line({ id: "a2" })}\0\n`);
    const escapedNul = join(folder, "escaped-nul.jsonl");
    writeFileSync(escapedNul, line({ title: "a\u0000b" }));
    expect(problemsOf(bom, latin1, nul, escapedNul)).toEqual([
      `${bom}: starts with a UTF-8 byte order mark (BOM): save it as UTF-8 without a BOM`,
      expect.stringMatching(new RegExp(`^${latin1}: is not valid UTF-8: byte 0xE9 at offset \\d+ \\(line 2\\)`)),
      expect.stringMatching(new RegExp(`^${nul}: holds a NUL byte at offset \\d+ \\(line 2\\)`)),
      `${escapedNul} line 1: title: must not contain NUL characters (U+0000)`,
    ]);
  });

  it("says when a file is empty", () => {
    const empty = join(folder, "empty.jsonl");
    writeFileSync(empty, "\n\n");
    writeFileSync(join(folder, "blank.txt"), "");
    const seeds = join(folder, "seeds");
    mkdirSync(seeds);
    writeFileSync(join(seeds, "blank.txt"), " \n");
    writeFileSync(join(seeds, "sources.json"), JSON.stringify([{ file: "blank.txt", outlet: "Outlet", published: "2024-01-01" }]));
    expect(problemsOf(empty, seeds)).toEqual([
      `${empty}: is empty (a .jsonl file holds one article per line)`,
      `${join(seeds, "sources.json")} entry 1: file blank.txt is empty`,
    ]);
  });

  it("refuses one id given to two different texts, and takes the same article twice", () => {
    const file = join(folder, "in.jsonl");
    writeFileSync(file, [line({}), line({}), line({ text: "نص آخر" })].join("\n"));
    expect(problemsOf(file)).toEqual([`${file} line 3: the id "a1" was given to another text at ${file} line 1; ids name one article`]);
    writeFileSync(file, [line({}), line({})].join("\n"));
    expect(readArticles(file)).toHaveLength(2);
  });

  it("refuses an article larger than the limit before extracting anything", () => {
    const file = join(folder, "big.jsonl");
    writeFileSync(file, line({ text: "ن".repeat(MAX_ARTICLE_BYTES / 2 + 1) }));
    expect(problemsOf(file)).toEqual([`${file} line 1: text: must be at most 1 MB (UTF-8); split a longer document into articles`]);
    const seeds = join(folder, "seeds");
    mkdirSync(seeds);
    writeFileSync(join(seeds, "big.txt"), "x".repeat(MAX_ARTICLE_BYTES + 1));
    writeFileSync(join(seeds, "sources.json"), JSON.stringify([{ file: "big.txt", outlet: "Outlet", published: "2024-01-01" }]));
    expect(problemsOf(seeds)).toEqual([`${join(seeds, "sources.json")} entry 1: file big.txt is larger than 1 MB, the most an article may hold`]);
  });

  it("closes a directional override a field leaves open, so that it cannot reorder what follows it", () => {
    const file = join(folder, "in.jsonl");
    writeFileSync(file, line({ title: "عنوان \u202Eexe.txt", outlet: "\u2067Outlet", text: "نص \u202Bمضمن" }));
    const [article] = readArticles(file);
    expect(article.title).toBe("عنوان \u202Eexe.txt\u202C");
    expect(article.outlet).toBe("\u2067Outlet\u2069");
    expect(article.text).toBe("نص \u202Bمضمن\u202C");
  });
});
