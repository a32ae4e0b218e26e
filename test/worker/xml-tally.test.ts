import { describe, expect, it } from "vitest";
import { UploadLimitExceeded } from "../../worker/import/upload-limits.ts";
import { emptyTally, XmlCounter } from "../../worker/import/xml-tally.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

/** Feeds the text to a counter in pieces of `size` bytes, so tags and characters are cut across chunks. */
function tally(text: string, kind: "sheet" | "strings" | "other", size = 3) {
  const counts = emptyTally();
  const counter = new XmlCounter("xl/worksheets/sheet1.xml", kind, counts);
  const all = bytes(text);
  for (let at = 0; at < all.length; at += size) counter.push(all.subarray(at, at + size));
  return counts;
}

describe("the XML counter behind the upload limits", () => {
  it("counts rows and cells on a sheet, with or without a prefix, across chunk boundaries", () => {
    const sheet = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><x:c r="B1"/></row>' +
      '<row r="2"/><!-- <c> in a comment --><cols/></sheetData></worksheet>';
    for (const size of [1, 2, 3, 7, 1000]) expect(tally(sheet, "sheet", size)).toMatchObject({ rows: 2, cells: 2 });
  });

  it("does not take '>' in a quoted attribute for the tag's end, nor <cols>, <col> or <cfRule> for cells", () => {
    const sheet = '<sheetData><row><c r="A1" s="1"><f a="x>y">A2&gt;0</f></c></row></sheetData><cols><col min="1"/></cols><cfRule type="x"/>';
    expect(tally(sheet, "sheet")).toMatchObject({ rows: 1, cells: 1, elements: 7 });
  });

  it("counts shared strings only in the shared strings part, and rows and cells only on sheets", () => {
    expect(tally("<sst><si><t>a</t></si><si><r><t>b</t></r></si></sst>", "strings")).toMatchObject({ strings: 2, cells: 0 });
    expect(tally("<row><c/></row><si/>", "other")).toMatchObject({ rows: 0, cells: 0, strings: 0, elements: 3 });
  });

  it("measures texts in characters, not bytes: 32,767 Vietnamese letters pass, one more does not", () => {
    expect(() => tally(`<t>${"ệ".repeat(32_767)}</t>`, "strings", 4096)).not.toThrow();
    const error = (() => {
      try {
        tally(`<t>${"ệ".repeat(32_768)}</t>`, "strings", 4096);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UploadLimitExceeded);
    expect((error as UploadLimitExceeded).limit).toBe("textCharacters");
    expect((error as UploadLimitExceeded).messageVi).toContain("«xl/worksheets/sheet1.xml»");
  });
});
