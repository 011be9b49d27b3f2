import { describe, expect, it } from "vitest";
import { CsvSyntaxError, detectDelimiter, formatCsv, parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = 'a,b,c\r\n"لقاء, دمشق","قال ""نعم""","سطر\r\nثان"\r\n';
    expect(parseCsv(text)).toEqual([
      ["a", "b", "c"],
      ["لقاء, دمشق", 'قال "نعم"', "سطر\r\nثان"],
    ]);
  });

  it("accepts LF line ends, a last line without a break, empty fields and a BOM", () => {
    expect(parseCsv("\uFEFFx,y\n1,\n,2")).toEqual([["x", "y"], ["1", ""], ["", "2"]]);
  });

  it("detects semicolon and tab delimiters from the header", () => {
    expect(detectDelimiter('date;headline;"a,b"\n')).toBe(";");
    expect(parseCsv("date\theadline\n2020\tاتفاق")).toEqual([["date", "headline"], ["2020", "اتفاق"]]);
  });

  it("names the line of a malformed field", () => {
    expect(() => parseCsv('a,b\n"open,field\nmore')).toThrow(new CsvSyntaxError("a quoted field is never closed", 2));
    expect(() => parseCsv('a,b\nx,y"z')).toThrow(/line 2: a quote inside an unquoted field/);
    expect(() => parseCsv('a\n"closed"x')).toThrow(/line 2: unexpected "x" after a closing quote/);
  });
});

describe("formatCsv", () => {
  it("quotes only what must be quoted, ends every record with CRLF, and reads back the same", () => {
    const records = [
      ["id", "title", "excerpt"],
      ["e1", 'اتفاقية "التعاون", دمشق', "سطر أول\nسطر ثان"],
      ["e2", " مسافة ", "عادي"],
    ];
    const text = formatCsv(records);
    expect(text).toBe('id,title,excerpt\r\ne1,"اتفاقية ""التعاون"", دمشق","سطر أول\nسطر ثان"\r\ne2," مسافة ",عادي\r\n');
    expect(parseCsv(text)).toEqual(records);
  });
});
