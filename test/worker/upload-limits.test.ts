import { beforeAll, describe, expect, it } from "vitest";
import { UPLOAD_LIMITS } from "../../worker/import/upload-limits.ts";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";
import { bytesOf, download, fill, upload, workbookOf } from "./xlsx-client.ts";
import { buildZip, repeated, sheetOf, WORKBOOK_PARTS, type ZipPart } from "./zip-builder.ts";

/**
 * Uploads are bounded before they are parsed: a small file that inflates to hundreds of MB, or
 * holds a million cells, is refused (413 naming the limit) from the zip's directory or while it is
 * inflated, before ExcelJS reads it; nothing is stored.
 */

const PERIOD = "2034-05";
let token: string;

beforeAll(async () => {
  token = await unitWithToken("LIM-1", "cap-xa", "UBND xã Giới Hạn");
});

const workbookWith = (...parts: ZipPart[]) => buildZip([...WORKBOOK_PARTS.filter((p) => !parts.some((q) => q.name === p.name)), ...parts]);

/** Uploads, expects 413 with this limit named, and checks nothing was stored. */
async function expectRefused(file: Uint8Array, limit: keyof typeof UPLOAD_LIMITS, part?: string) {
  expect(file.byteLength).toBeLessThanOrEqual(UPLOAD_LIMITS.fileBytes);
  const answer = await upload(PERIOD, "LIM-1", token, file);
  expectError(answer, 413, "payload_too_large");
  expect(answer.body.error.limit).toEqual({ name: limit, max: UPLOAD_LIMITS[limit], ...(part ? { part } : {}) });
  expect(answer.body.error.message).toMatch(/giới hạn của hệ thống/);
  expectError(await call("GET", reportPath(PERIOD, "dossiers", "LIM-1"), { token }), 404);
  return answer;
}

describe("upload bombs are refused before they are parsed", () => {
  it("a ~400 KB file whose sheet inflates to 400 MB: 413 from the zip's directory, naming the part and 8 MiB", async () => {
    const file = await workbookWith(sheetOf(" ", 400 * 1024 * 1024));
    expect(file.byteLength).toBeLessThan(500 * 1024);
    const answer = await expectRefused(file, "partBytes", "xl/worksheets/sheet1.xml");
    expect(answer.body.error.message).toContain("«xl/worksheets/sheet1.xml»");
    expect(answer.body.error.message).toContain("8 MiB");
  });

  it("the same bomb with a directory that lies (declares 1 KB): inflating stops past the declared size, 400", async () => {
    const file = await workbookWith(sheetOf(" ", 400 * 1024 * 1024, 1_000));
    const answer = await upload(PERIOD, "LIM-1", token, file);
    expectError(answer, 400, "bad_request");
    expect(answer.body.error.message).toMatch(/tệp bị hỏng: phần «xl\/worksheets\/sheet1\.xml» giải nén ra nhiều hơn/);
  });

  it("a directory declaring 400 MB over data that is not even deflate: refused from the directory alone, nothing inflated", async () => {
    const file = await workbookWith(sheetOf("<row/>", 10));
    // Overwrite the sheet's declared size in its directory entry: 413 proves no byte of it was inflated (it would be 400).
    const view = new DataView(file.buffer);
    const entry = findDirectoryEntry(file, "xl/worksheets/sheet1.xml");
    view.setUint32(entry + 24, 400 * 1024 * 1024, true);
    await expectRefused(file, "partBytes", "xl/worksheets/sheet1.xml");
  });

  it("a shared-strings bomb (2 million strings, ~34 MB unzipped): 413", async () => {
    const file = await workbookWith(sheetOf("<row/>", 1), { name: "xl/sharedStrings.xml", content: repeated("<si><t>x</t></si>", 2_000_000) });
    await expectRefused(file, "partBytes", "xl/sharedStrings.xml");
  });

  it("a million cells in a ~70 KB file: 413", async () => {
    const file = await workbookWith(sheetOf('<c r="A1" t="s"><v>0</v></c>', 1_000_000));
    expect(file.byteLength).toBeLessThan(100 * 1024);
    await expectRefused(file, "partBytes", "xl/worksheets/sheet1.xml");
  });

  it("parts within their sizes but past a count: cells, rows, strings, text length, elements, parts, total size", async () => {
    await expectRefused(await workbookWith(sheetOf('<c r="A1"><v>1</v></c>', 50_001)), "cells");
    await expectRefused(await workbookWith(sheetOf('<x:c r="A1"><x:v>1</x:v></x:c>', 50_001)), "cells"); // prefixed names count too
    await expectRefused(await workbookWith(sheetOf('<row r="1" ht="20" customHeight="1"/>', 10_001)), "rows");
    await expectRefused(await workbookWith(sheetOf("<row/>", 1), { name: "xl/sharedStrings.xml", content: repeated("<si><t>Hà Nội</t></si>", 50_001) }), "strings");
    await expectRefused(await workbookWith(sheetOf(`<row><c t="inlineStr"><is><t>${"ư".repeat(32_768)}</t></is></c></row>`, 1)), "textCharacters", "xl/worksheets/sheet1.xml");
    await expectRefused(await workbookWith(sheetOf("<row/>", 1), { name: "xl/styles.xml", content: repeated('<xf numFmtId="0"/>', 250_001) }), "elements");
    await expectRefused(await buildZip(Array.from({ length: 501 }, (_, i) => ({ name: `xl/media/image${i}.png`, content: "x" }))), "parts");
    const big = (i: number): ZipPart => ({ name: `xl/media/image${i}.bin`, content: repeated("\0", 6 * 1024 * 1024) });
    await expectRefused(await workbookWith(big(1), big(2), big(3)), "totalBytes");
  });

  it("a directory that hides parts from the check is refused: a gap before its end, more entries than it counts, two names for a part", async () => {
    const cells = sheetOf('<c r="A1"><v>1</v></c>', 60_000);
    for (const file of [
      await buildZip([...WORKBOOK_PARTS, cells], { gapBeforeEnd: 46 }),
      await buildZip([...WORKBOOK_PARTS, cells], { declaredCount: WORKBOOK_PARTS.length }),
      await buildZip([...WORKBOOK_PARTS, { ...cells, name: "docProps/thumbnail.bin", localName: "xl/worksheets/sheet1.xml" }]),
    ]) {
      const answer = await upload(PERIOD, "LIM-1", token, file);
      expectError(answer, 400, "bad_request");
      expect(answer.body.error.message).toMatch(/tệp bị hỏng/);
    }
  });

  it("cells are counted in every part whatever its name: a sheet named sheet1.xml.bin or /xl/… is no way round", async () => {
    for (const name of ["xl/worksheets/sheet1.xml.bin", "/xl/worksheets/sheet1.xml", "xl/anything.dat"]) {
      await expectRefused(await workbookWith({ ...sheetOf('<c r="A1"><v>1</v></c>', 50_001), name }), "cells");
    }
  });

  it("a text of exactly 32,767 characters and a validation formula with \">\" pass the count", async () => {
    const workbook = await workbookOf(await download("dossiers", PERIOD, "LIM-1", token));
    fill(workbook, "dossiers", dossiers());
    workbook.addWorksheet("Ghi chú").getCell("A1").value = "ư".repeat(32_767);
    workbook.getWorksheet("Ghi chú")!.getCell("A2").dataValidation = { type: "custom", formulae: ["A1>0"], allowBlank: true };
    const answer = await upload(PERIOD, "LIM-1", token, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  });

  it("a real form with the unit's own working sheet of 20,000 cells is read as usual", async () => {
    const workbook = await workbookOf(await download("dossiers", PERIOD, "LIM-1", token));
    fill(workbook, "dossiers", dossiers({ returned: 2 }));
    const own = workbook.addWorksheet("Sổ theo dõi");
    for (let r = 1; r <= 2_000; r++) own.getRow(r).values = Array.from({ length: 10 }, (_, c) => (c === 0 ? `Hồ sơ ${r}` : r * c));
    const answer = await upload(PERIOD, "LIM-1", token, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await call("GET", reportPath(PERIOD, "dossiers", "LIM-1"), { token })).body.values).toMatchObject(dossiers({ returned: 2 }));
  });

  it("XML entities in a sheet (a billion laughs, an external file): refused, never expanded, nothing stored", async () => {
    const ENTITY_PERIOD = "2034-06"; // a month no other test of this file sends
    const laughs = ['<!ENTITY l0 "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join("");
    const attacks = [
      `<!DOCTYPE worksheet [${laughs}]>`, // 10^9 × "ha" if it were expanded
      '<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
    ];
    for (const [i, doctype] of attacks.entries()) {
      const entity = i === 0 ? "&l9;" : "&secret;";
      const sheet: ZipPart = {
        name: "xl/worksheets/sheet1.xml",
        content: `<?xml version="1.0" encoding="UTF-8"?>${doctype}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
          `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${entity}</t></is></c></row></sheetData></worksheet>`,
      };
      const started = Date.now();
      const answer = await upload(ENTITY_PERIOD, "LIM-1", token, await workbookWith(sheet));
      expect([400, 413], JSON.stringify(answer.body).slice(0, 300)).toContain(answer.status);
      expect(typeof answer.body.error.message).toBe("string");
      expect(JSON.stringify(answer.body)).not.toMatch(/root:|hahaha/);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    expectError(await call("GET", reportPath(ENTITY_PERIOD, "dossiers", "LIM-1"), { token }), 404);
  });

  it("a password-protected file or an old .xls: 400 saying so", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const answer = await upload(PERIOD, "LIM-1", token, ole);
    expectError(answer, 400, "bad_request");
    expect(answer.body.error.message).toMatch(/mật khẩu/);
    expect(answer.body.error.message).toMatch(/\.xls/);
  });
});

/** The offset of a part's central-directory entry. */
function findDirectoryEntry(file: Uint8Array, name: string): number {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = file.byteLength - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((b, i) => file[at + 46 + i] === b)) return at;
  }
  throw new Error(`no directory entry for ${name}`);
}

