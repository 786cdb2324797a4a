import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "../../app/registers/csv";

const parse = (text: string, maxRecords = 100) => parseCsv(text, { maxRecords });

function records(text: string) {
  const result = parse(text);
  if (!result.ok) throw new Error(`unexpected problem ${JSON.stringify(result.problem)}`);
  return result.records;
}

describe("reading CSV text", () => {
  it("reads the semicolons Dutch Excel writes, and commas", () => {
    expect(records("a;b;c\n1;2;3\n")).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", "2", "3"] },
    ]);
    expect(records("a,b\n1,2")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });

  it("takes the separator from the header line, not from the values below it", () => {
    expect(detectSeparator("a;b;c\n1,5;2,5;3")).toBe(";");
    expect(detectSeparator('"a;b",c,d\n1;2;3')).toBe(",");
    expect(records("titel;datum\nEen, twee en drie;01-02-2024")[1]!.cells).toEqual(["Een, twee en drie", "01-02-2024"]);
  });

  it("drops a UTF-8 byte order mark at the start", () => {
    expect(records("\uFEFFaanbieder;titel\nSSV;Één")[0]!.cells).toEqual(["aanbieder", "titel"]);
  });

  it("reads Windows, Unix and old Mac line endings", () => {
    expect(records("a;b\r\n1;2\r\n3;4\r\n").map((record) => record.line)).toEqual([1, 2, 3]);
    expect(records("a;b\r1;2\r3;4").map((record) => record.cells)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("keeps separators, doubled quotes and line breaks inside quoted fields", () => {
    const result = records('titel;naam\n"Polarisatie; wat doe je?";"De ""echte"" school"\n"Twee\r\nregels";x\nnog;een\n');
    expect(result).toEqual([
      { line: 1, cells: ["titel", "naam"] },
      { line: 2, cells: ["Polarisatie; wat doe je?", 'De "echte" school'] },
      { line: 3, cells: ["Twee\nregels", "x"] },
      // The record after a field with a line break starts on the file's fifth line.
      { line: 5, cells: ["nog", "een"] },
    ]);
  });

  it("reads empty quoted fields and allows spaces around quotes", () => {
    expect(records('a;b;c\n"";  "x"  ;y')[1]!.cells).toEqual(["", "x", "y"]);
  });

  it("keeps a quote inside an unquoted value as it is", () => {
    expect(records('a;b\n12" scherm;2')[1]!.cells).toEqual(['12" scherm', "2"]);
  });

  it("skips empty lines and the rows of separators that spreadsheets write", () => {
    expect(records("a;b\n\n1;2\n;\n ; \n3;4\n;;\n").map((record) => record.line)).toEqual([1, 3, 6]);
  });

  it("refuses a quote that is never closed, naming the line it opens on", () => {
    expect(parse('a;b\n1;2\n3;"open\n4;5\n')).toEqual({ ok: false, problem: { code: "unclosedQuote", line: 3 } });
  });

  it("refuses text after a closing quote instead of guessing", () => {
    expect(parse('a;b\n"x"y;2')).toEqual({ ok: false, problem: { code: "textAfterQuote", line: 2 } });
  });

  it("refuses more records than allowed after the header", () => {
    expect(parse("a\n1\n2\n3", 3).ok).toBe(true);
    expect(parse("a\n1\n2\n3\n4", 3)).toEqual({ ok: false, problem: { code: "tooManyRows", max: 3 } });
  });
});
