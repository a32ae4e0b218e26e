import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "../../worker/xlsx/exceljs.ts";
import { ADMIN, call, centers, dossiers, reportPath, unitWithToken } from "./client.ts";
import { bytesOf, download, fill, named, upload, workbookOf } from "./xlsx-client.ts";

/**
 * Deadline day: many units download and upload at once while the central office takes the
 * workbook. Every request here runs in its own request context of one worker instance, all at
 * once; ExcelJS used to share a timer queue across them and the runtime cancelled the waiting
 * ones as hung (500, text/plain).
 */

const PERIOD = "2034-02";
const UNITS = Array.from({ length: 10 }, (_, i) => `PAR-X${i}`);
const tokens: Record<string, string> = {};
let blank: ArrayBuffer;

beforeAll(async () => {
  for (const code of UNITS) tokens[code] = await unitWithToken(code, "cap-xa", `UBND xã ${code}`);
  blank = await (await download("all", PERIOD, UNITS[0]!, ADMIN)).arrayBuffer();
});

/** The form workbook for a unit, filled with figures of its own (returned = its index). */
async function filledFor(code: string, index: number): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(blank);
  named(workbook, "BC_dossiers._unit").value = code;
  named(workbook, "BC_centers._unit").value = code;
  fill(workbook, "dossiers", dossiers({ returned: index, received_direct: 3 + index }));
  fill(workbook, "centers", centers());
  return bytesOf(workbook);
}

const central = (path: string) => exports.default.fetch(`http://baocao.test${path}`, { headers: { Authorization: `Bearer ${ADMIN}` } });

describe("spreadsheets under concurrency: ten at once, each answer checked", () => {
  it("ten unit-form downloads at once: each its own unit's workbook", async () => {
    const answers = await Promise.all(UNITS.map((code) => download("all", PERIOD, code, tokens[code]!)));
    const books = await Promise.all(answers.map(workbookOf));
    books.forEach((book, i) => {
      expect(named(book, "BC_dossiers._unit").value).toBe(UNITS[i]);
      expect(named(book, "BC_centers._period").value).toBe(PERIOD);
    });
  });

  it("ten uploads at once, one per unit: ten 201s, each unit's own figures stored", async () => {
    const files = await Promise.all(UNITS.map((code, i) => filledFor(code, i)));
    const answers = await Promise.all(UNITS.map((code, i) => upload(PERIOD, code, tokens[code]!, files[i]!)));
    answers.forEach((answer) => {
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.forms.dossiers).toMatchObject({ version: 1, receipt: expect.any(String) });
    });
    for (const [i, code] of UNITS.entries()) {
      const stored = await call("GET", reportPath(PERIOD, "dossiers", code));
      expect(stored.body.values).toMatchObject(dossiers({ returned: i, received_direct: 3 + i }));
      expect(stored.body.receipt).toBe(answers[i]!.body.forms.dossiers.receipt);
    }
  });

  it("ten consolidated workbooks and ten report-sheets at once: all equal, with every unit's figures", async () => {
    const [files, sheets] = await Promise.all([
      Promise.all(UNITS.map(() => central(`/api/v1/reports/${PERIOD}.xlsx`))),
      Promise.all(UNITS.map(() => central(`/api/v1/report-sheets/${PERIOD}`))),
    ]);
    const books = await Promise.all(files.map(workbookOf));
    const returned = (book: ExcelJS.Workbook) => {
      const sheet = book.worksheets.find((s) => s.name !== books[0]!.worksheets[0]!.name)!;
      const values: unknown[] = [];
      sheet.eachRow((row) => values.push(row.values));
      return JSON.stringify(values);
    };
    for (const book of books) expect(returned(book)).toBe(returned(books[0]!));
    const first = JSON.stringify(books[0]!.worksheets.map((s) => s.name));
    for (const book of books) expect(JSON.stringify(book.worksheets.map((s) => s.name))).toBe(first);
    for (const answer of sheets) expect(answer.status).toBe(200);
    const bodies = await Promise.all(sheets.map((answer) => answer.json() as Promise<{ sheets: unknown[] }>));
    for (const body of bodies) expect(JSON.stringify(body.sheets)).toContain(`UBND xã ${UNITS[9]}`);
  });

  it("downloads, uploads and the workbook mixed, three rounds: no 5xx, every upload stored as sent", async () => {
    for (let round = 1; round <= 3; round++) {
      const files = await Promise.all(UNITS.map((code, i) => filledFor(code, i + 10 * round)));
      const [downloads, uploads, workbooks] = await Promise.all([
        Promise.all(UNITS.map((code) => download("dossiers", PERIOD, code, tokens[code]!))),
        Promise.all(UNITS.map((code, i) => upload(PERIOD, code, tokens[code]!, files[i]!))),
        Promise.all(UNITS.slice(0, 4).map(() => central(`/api/v1/reports/${PERIOD}.xlsx`))),
      ]);
      await Promise.all([...downloads, ...workbooks].map(workbookOf));
      for (const answer of uploads) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        expect(answer.body.forms.dossiers.version).toBe(round + 1);
      }
    }
    const last = await call("GET", reportPath(PERIOD, "dossiers", UNITS[3]!));
    expect(last.body).toMatchObject({ version: 4, values: dossiers({ returned: 33, received_direct: 36 }) });
  });
});
