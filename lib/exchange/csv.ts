// RFC 4180 CSV: one reader and one writer for every CSV Chronicle reads or writes.

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where the problem is. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

const DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];
// Any of the delimiters, a quote, a line break, or edge spaces a spreadsheet might trim.
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;
const QUOTE = /"/g;
const BOM = "\uFEFF";

/**
 * The delimiter of a file: the one of comma, semicolon and tab that occurs most often outside
 * quotes on its first line (spreadsheets in Arabic and European locales often save with ";").
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ",";
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/**
 * Parses CSV into records of fields. Fields may be quoted ("a ""b"", c"), quoted fields may
 * hold delimiters and line breaks, lines may end in CRLF or LF, and a leading UTF-8 BOM is
 * ignored. A quote inside an unquoted field or an unterminated quoted field is an error.
 */
export function parseCsv(text: string, delimiter?: CsvDelimiter): string[][] {
  const input = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const separator = delimiter ?? detectDelimiter(input);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let index = 0;
  let fieldStarted = false;

  const endField = () => {
    record.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (index < input.length) {
    const char = input[index];
    if (char === '"' && !fieldStarted) {
      const quoteLine = line;
      index++;
      for (;;) {
        if (index >= input.length) throw new CsvSyntaxError("a quoted field is never closed", quoteLine);
        const inner = input[index];
        if (inner === '"') {
          if (input[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        if (inner === "\n") line++;
        field += inner;
        index++;
      }
      fieldStarted = true;
      const next = input[index];
      if (next !== undefined && next !== separator && next !== "\r" && next !== "\n") {
        throw new CsvSyntaxError(`unexpected "${next}" after a closing quote`, line);
      }
      continue;
    }
    if (char === separator) {
      endField();
      index++;
      continue;
    }
    if (char === "\r" || char === "\n") {
      endRecord();
      index += char === "\r" && input[index + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    if (char === '"') throw new CsvSyntaxError("a quote inside an unquoted field (quote the whole field and double the quote)", line);
    field += char;
    fieldStarted = true;
    index++;
  }
  // A last line without a line break still holds a record; a trailing line break does not start one.
  if (fieldStarted || record.length > 0) endRecord();
  return records;
}

function formatField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value;
}

/** Writes records as RFC 4180 CSV: CRLF after every record, fields quoted only when they must be. */
export function formatCsv(records: readonly (readonly string[])[], delimiter: CsvDelimiter = ","): string {
  return records.map((record) => record.map(formatField).join(delimiter) + "\r\n").join("");
}
