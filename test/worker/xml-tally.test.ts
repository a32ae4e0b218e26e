import { describe, expect, it } from "vitest";
import { UploadLimitExceeded } from "../../worker/import/upload-limits.ts";
import { emptyTally, rangeArea, XmlCounter } from "../../worker/import/xml-tally.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds the text to a counter in pieces of `size` bytes, so tags and characters are cut across chunks. */
function tally(text: string, size = 3) {
  const counts = emptyTally();
  const counter = new XmlCounter("xl/worksheets/sheet1.xml", counts);
  const all = bytes(text);
  for (let at = 0; at < all.length; at += size) counter.push(all.subarray(at, at + size));
  return counts;
}

describe("the XML counter behind the upload limits", () => {
  it("counts rows and cells on a sheet, with or without a prefix, across chunk boundaries", () => {
    const sheet = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><x:c r="B1"/></row>' +
      '<row r="2"/><!-- <c> in a comment --><cols/></sheetData></worksheet>';
    for (const size of [1, 2, 3, 7, 1000]) expect(tally(sheet, size)).toMatchObject({ rows: 2, cells: 2 });
  });

  it("does not take '>' in a quoted attribute for the tag's end, nor <cols>, <col> or <cfRule> for cells", () => {
    const sheet = '<sheetData><row><c r="A1" s="1"><f a="x>y">A2&gt;0</f></c></row></sheetData><cols><col min="1"/></cols><cfRule type="x"/>';
    expect(tally(sheet)).toMatchObject({ rows: 1, cells: 1, elements: 7 });
  });

  it("counts strings, rows and cells in whatever part they stand (a reader decides by its own patterns what a sheet is)", () => {
    expect(tally("<sst><si><t>a</t></si><si><r><t>b</t></r></si></sst>")).toMatchObject({ strings: 2, cells: 0 });
    expect(tally("<row><c/></row><si/>")).toMatchObject({ rows: 1, cells: 1, strings: 1, elements: 3 });
    expect(tally('<c:chart xmlns:c="x"><c:plotArea/></c:chart><x:Row>0</x:Row>')).toMatchObject({ rows: 0, cells: 0 }); // chart and VML names differ
  });

  it("measures texts in characters, not bytes: 32,767 Vietnamese letters pass, one more does not", () => {
    expect(() => tally(`<t>${"ệ".repeat(32_767)}</t>`, 4096)).not.toThrow();
    const error = (() => {
      try {
        tally(`<t>${"ệ".repeat(32_768)}</t>`, 4096);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UploadLimitExceeded);
    expect((error as UploadLimitExceeded).limit).toBe("textCharacters");
    expect((error as UploadLimitExceeded).messageVi).toContain("«xl/worksheets/sheet1.xml»");
  });
});

describe("ranges the reader expands cell by cell", () => {
  it("counts a merge's or a validation's area as cells: a whole column validated is a million cells", () => {
    expect(rangeArea("A1")).toBe(1);
    expect(rangeArea("A1:B5 D1:D3")).toBe(13);
    expect(rangeArea("D:D")).toBe(1_048_576);
    expect(rangeArea("$C$2:$E$4")).toBe(9);
    expect(tally('<mergeCells><mergeCell ref="A1:T1"/><x:mergeCell ref="A2:R2"/></mergeCells>')).toMatchObject({ cells: 38 });
    expect(tally('<dataValidations><dataValidation type="whole" sqref="D9 F9:H9" allowBlank="1"><formula1>0</formula1></dataValidation></dataValidations>', 5))
      .toMatchObject({ cells: 4 });
    expect(() => tally('<dataValidation sqref="D1:D1048576" type="list"/>')).toThrow(UploadLimitExceeded);
    expect(() => tally('<mergeCell ref="A1:Z100000"/>')).toThrow(UploadLimitExceeded);
    expect(tally('<c r="A1" ref="A1:Z100000"/>')).toMatchObject({ cells: 1 }); // only merges and validations expand
  });
});
