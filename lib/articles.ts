// Reads articles to ingest: a folder in the seeds format (sources.json listing text files with
// their metadata), a folder of .jsonl files, or one .jsonl file in the corpus format (one
// article per line). Every article is validated; problems name the file, line and field.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import { LANGUAGES, type ArticleInput } from "./model";
import { isCalendarDay } from "./store/days";
import { closeBidiControls } from "./text/bidi";
import { decodeUtf8 } from "./text/utf8";

const PUBLISHED_DAY = /^\d{4}-\d{2}-\d{2}/;
const MAX_REPORTED_PROBLEMS = 20;
const WEB_PROTOCOLS = new Set(["http:", "https:"]);
/**
 * The most an article's text may hold, in UTF-8 bytes: some fifty times a long news article.
 * Extraction's memory grows with the text (a 51 MB "article" took 4 GB), so larger is refused.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** The most a title, outlet, id or URL may hold, in characters. */
const MAX_FIELD_CHARS = 2000;

const stringField = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
    .refine((value) => !value.includes("\0"), "must not contain NUL characters (U+0000)");
const nonEmpty = stringField().refine((value) => value.trim().length > 0, "must not be empty");
/** A short field shown beside other text: at most MAX_FIELD_CHARS, and closing every directional control it opens. */
const shortField = (field: z.ZodType<string>) =>
  field.refine((value) => value.length <= MAX_FIELD_CHARS, `must be at most ${MAX_FIELD_CHARS} characters`).transform(closeBidiControls);

/** An article as ingestion accepts it (extra fields, such as the corpus's, are ignored). */
const articleInputSchema = z.object({
  id: shortField(nonEmpty).nullish(),
  outlet: shortField(nonEmpty),
  // Only web addresses: the source page links to it, and a javascript: URL would run there.
  url: stringField().refine((value) => value.length <= MAX_FIELD_CHARS && isWebAddress(value), "must be an http or https URL").nullish(),
  published: stringField().refine((value) => {
    const day = PUBLISHED_DAY.exec(value)?.[0];
    return day !== undefined && isCalendarDay(day) && !Number.isNaN(Date.parse(value));
  }, "must be an ISO date or timestamp starting with a real yyyy-mm-dd day"),
  lang: z.enum(LANGUAGES, { error: `must be ${LANGUAGES.map((language) => `"${language}"`).join(" or ")}` }).optional(),
  title: shortField(stringField()).nullish(),
  text: nonEmpty
    .refine((value) => Buffer.byteLength(value, "utf8") <= MAX_ARTICLE_BYTES, `must be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (UTF-8); split a longer document into articles`)
    .transform(closeBidiControls),
});

function isWebAddress(value: string): boolean {
  try {
    return WEB_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** One entry of a seeds-format sources.json: the article's metadata and the file with its text. */
const sourcesEntrySchema = z.object({
  file: nonEmpty.refine((file) => basename(file) === file, "must be a file name inside the folder"),
});

/** Input that cannot be ingested; `problems` lists every one found, each naming where it is. */
export class ArticleInputError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
    const more = problems.length - shown.length;
    super(shown.join("\n") + (more > 0 ? `\n… and ${more} more` : ""));
    this.name = "ArticleInputError";
  }
}

/** "published: must be …; text: must not be empty" */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Validates one article; throws ArticleInputError naming `where` it came from. */
export function parseArticle(value: unknown, where: string): ArticleInput {
  const parsed = articleInputSchema.safeParse(value);
  if (!parsed.success) throw new ArticleInputError([`${where}: ${describeIssues(parsed.error)}`]);
  return parsed.data;
}

/**
 * Reads every article at the given paths (folders or .jsonl files), in order. Reads and
 * validates all of them before returning, so a caller can refuse the whole input at once.
 */
export function readArticles(...paths: string[]): ArticleInput[] {
  const read: ReadArticle[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const result = readPath(path);
    read.push(...result.articles);
    problems.push(...result.problems);
  }
  problems.push(...conflictingIds(read));
  if (problems.length) throw new ArticleInputError(problems);
  return read.map(({ article }) => article);
}

/** The same id given to two different texts: one article or two, the input cannot mean both. */
function conflictingIds(read: ReadArticle[]): string[] {
  const first = new Map<string, ReadArticle>();
  const problems: string[] = [];
  for (const entry of read) {
    const id = entry.article.id;
    if (!id) continue;
    const earlier = first.get(id);
    if (!earlier) first.set(id, entry);
    else if (earlier.article.text !== entry.article.text) {
      problems.push(`${entry.where}: the id "${id}" was given to another text at ${earlier.where}; ids name one article`);
    }
  }
  return problems;
}

interface ReadArticle {
  article: ArticleInput;
  /** Where it was read, for messages. */
  where: string;
}

interface ReadResult {
  articles: ReadArticle[];
  problems: string[];
}

/** A file's text, or the problem that stops it being read as UTF-8 text. */
function readText(file: string): { text: string } | { problem: string } {
  const decoded = decodeUtf8(readFileSync(file), { bom: "refuse" });
  return decoded.ok ? { text: decoded.text } : { problem: `${file}: ${decoded.problem}` };
}

function readPath(path: string): ReadResult {
  if (!existsSync(path)) return { articles: [], problems: [`${path}: no such file or folder`] };
  if (statSync(path).isDirectory()) return readFolder(path);
  if (extname(path) === ".jsonl") return readJsonl(path);
  return { articles: [], problems: [`${path}: expected a folder or a .jsonl file`] };
}

function readFolder(folder: string): ReadResult {
  const sourcesFile = join(folder, "sources.json");
  if (existsSync(sourcesFile)) return readSourcesFolder(folder, sourcesFile);
  const jsonlFiles = readdirSync(folder)
    .filter((name) => extname(name) === ".jsonl")
    .sort();
  if (!jsonlFiles.length) {
    return { articles: [], problems: [`${folder}: has neither a sources.json nor any .jsonl file`] };
  }
  const results = jsonlFiles.map((name) => readJsonl(join(folder, name)));
  return { articles: results.flatMap((r) => r.articles), problems: results.flatMap((r) => r.problems) };
}

function readJsonl(file: string): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  const read = readText(file);
  if ("problem" in read) return { articles: [], problems: [read.problem] };
  if (!read.text.trim()) return { articles: [], problems: [`${file}: is empty (a .jsonl file holds one article per line)`] };
  read.text
    .split("\n")
    .forEach((line, index) => {
      if (!line.trim()) return;
      const where = `${file} line ${index + 1}`;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        result.problems.push(`${where}: not valid JSON (${(error as Error).message})`);
        return;
      }
      collect(result, where, () => parseArticle(row, where));
    });
  return result;
}

function readSourcesFolder(folder: string, sourcesFile: string): ReadResult {
  let entries: unknown;
  const listing = readText(sourcesFile);
  if ("problem" in listing) return { articles: [], problems: [listing.problem] };
  try {
    entries = JSON.parse(listing.text);
  } catch (error) {
    return { articles: [], problems: [`${sourcesFile}: not valid JSON (${(error as Error).message})`] };
  }
  if (!Array.isArray(entries)) {
    return { articles: [], problems: [`${sourcesFile}: must hold a JSON array of {file, outlet, published, …}`] };
  }
  const result: ReadResult = { articles: [], problems: [] };
  entries.forEach((entry: unknown, index) => {
    const where = `${sourcesFile} entry ${index + 1}`;
    const listed = sourcesEntrySchema.safeParse(entry);
    if (!listed.success) {
      result.problems.push(`${where}: ${describeIssues(listed.error)}`);
      return;
    }
    const textFile = join(folder, listed.data.file);
    if (!existsSync(textFile)) {
      result.problems.push(`${where}: file ${listed.data.file} not found in ${folder}`);
      return;
    }
    if (statSync(textFile).size > MAX_ARTICLE_BYTES) {
      result.problems.push(`${where}: file ${listed.data.file} is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB, the most an article may hold`);
      return;
    }
    const read = readText(textFile);
    if ("problem" in read) {
      result.problems.push(`${where}: ${read.problem}`);
      return;
    }
    if (!read.text.trim()) {
      result.problems.push(`${where}: file ${listed.data.file} is empty`);
      return;
    }
    const metadata = entry as Record<string, unknown>;
    const named = `${where} (${listed.data.file})`;
    collect(result, named, () =>
      parseArticle(
        {
          ...metadata,
          // The file's name is the id the article came with: seeds carry no other.
          id: metadata.id ?? basename(listed.data.file, extname(listed.data.file)),
          text: read.text,
        },
        named,
      ),
    );
  });
  return result;
}

function collect(result: ReadResult, where: string, parse: () => ArticleInput) {
  try {
    result.articles.push({ article: parse(), where });
  } catch (error) {
    if (!(error instanceof ArticleInputError)) throw error;
    result.problems.push(...error.problems);
  }
}
