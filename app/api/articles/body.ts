// The body both article routes take; lib/articles.ts checks each article's fields and names
// every problem.
import { z } from "zod";
import type { ArticleInputError } from "@/lib/articles";

export const articleBody = z.record(z.string(), z.unknown());

/** The problems of refused articles as ApiError issues: "articles[2]: published: must be …". */
export function articleProblems(error: ArticleInputError): { path: string; message: string }[] {
  return error.problems.map((problem) => {
    const at = problem.indexOf(": ");
    return at < 0 ? { path: "", message: problem } : { path: problem.slice(0, at), message: problem.slice(at + 2) };
  });
}
