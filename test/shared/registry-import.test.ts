import { describe, expect, it } from "vitest";
import { DEFAULT_LEVELS, type Unit } from "../../shared/units/levels.ts";
import {
  parseCsv,
  planRegistryImport,
  readRegistryTable,
  registryTemplateRows,
  type RegistryRow,
} from "../../shared/units/registry-import.ts";

const HEADER = ["Mã đơn vị", "Tên đơn vị", "Cấp", "Đơn vị cấp trên"];

/** Rows as readRegistryTable gives them, numbered from spreadsheet row 2 under the header. */
const rows = (...cells: [code: string, name: string, level: string, parent?: string][]): RegistryRow[] =>
  cells.map(([code, name, level, parent], i) => ({ row: i + 2, code, name, level, parent: parent ?? null }));

const plan = (file: RegistryRow[], existing: Unit[] = []) => planRegistryImport(file, existing, DEFAULT_LEVELS);

/** Issues as [row, column label, message] for compact assertions. */
const issuesOf = (file: RegistryRow[], existing: Unit[] = []) => plan(file, existing).issues.map((i) => [i.row, i.label, i.message]);

describe("parseCsv", () => {
  it("reads Excel's Vietnamese-locale CSV: BOM, ';', quotes, doubled quotes, line breaks in quotes, CRLF, blank lines", () => {
    const text =
      "\uFEFFMã đơn vị;Tên đơn vị;Cấp;Đơn vị cấp trên\r\n" +
      'SO-TP;"Sở Tư pháp; tỉnh Quảng Ninh";Cấp tỉnh;\r\n' +
      "\r\n" +
      ';;;\r\n' +
      'XA-01;"Xã ""Yên"" Hưng\r\n(mới)";Cấp xã;SO-TP\r\n';
    const records = parseCsv(text);
    expect(records.filter((record) => record.some((cell) => cell.trim()))).toEqual([
      HEADER,
      ["SO-TP", "Sở Tư pháp; tỉnh Quảng Ninh", "Cấp tỉnh", ""],
      ["XA-01", 'Xã "Yên" Hưng\r\n(mới)', "Cấp xã", "SO-TP"],
    ]);
    // Blank lines are kept, so that row numbers in messages are the lines the user sees.
    expect(records).toHaveLength(5);
    expect(readRegistryTable(records, DEFAULT_LEVELS).rows.map((row) => row.row)).toEqual([2, 5]);
  });

  it("takes the delimiter from the header line: a comma, or a tab, with LF line ends", () => {
    expect(parseCsv('code,name,level\nA,"Sở A; Sở B",cap-tinh')).toEqual([["code", "name", "level"], ["A", "Sở A; Sở B", "cap-tinh"]]);
    expect(parseCsv("code\tname\tlevel\nA\tSở, ban A\tcap-tinh\n")).toEqual([["code", "name", "level"], ["A", "Sở, ban A", "cap-tinh"]]);
  });
});

describe("readRegistryTable", () => {
  it("recognises headers and level names whatever the case and diacritics, and keeps spreadsheet row numbers", () => {
    const grid = [
      [],
      ["MA DON VI", "tên", "CAP", "Mã đơn vị cấp trên (nếu có)", "Ghi chú"],
      [1, "Sở Nội vụ", "cấp tỉnh", null, "mã số"],
      [null, null, null, null],
      ["XA-02", "  Xã An Bình ", "CAP XA", "1"],
      ["TINH", "Sở Y tế", "cap-tinh", ""],
      ["XA-03", "Xã Đông Hải", "Cấp tỉnh (sở, ban, ngành)", undefined],
    ];
    expect(readRegistryTable(grid, DEFAULT_LEVELS)).toEqual({
      rows: [
        { row: 3, code: "1", name: "Sở Nội vụ", level: "cap-tinh", parent: null },
        { row: 5, code: "XA-02", name: "Xã An Bình", level: "cap-xa", parent: "1" },
        { row: 6, code: "TINH", name: "Sở Y tế", level: "cap-tinh", parent: null },
        { row: 7, code: "XA-03", name: "Xã Đông Hải", level: "cap-tinh", parent: null },
      ],
      issues: [],
    });
  });

  it("accepts the English headers and the short parent header «Cấp trên»", () => {
    const { rows: read } = readRegistryTable([["Code", "Name", "Level", "Cấp trên"], ["A", "Sở A", "Cấp xã", "B"]], DEFAULT_LEVELS);
    expect(read).toEqual([{ row: 2, code: "A", name: "Sở A", level: "cap-xa", parent: "B" }]);
  });

  it("keeps a level it cannot resolve as written, for the plan to report", () => {
    const { rows: read } = readRegistryTable([HEADER, ["A", "Xã A", "Cấp huyện mới", ""]], DEFAULT_LEVELS);
    expect(read[0]!.level).toBe("Cấp huyện mới");
  });

  it("reports each missing required header on the header row, and reads no row", () => {
    const { rows: read, issues } = readRegistryTable([["DANH SÁCH ĐƠN VỊ"], ["Mã", "Tên"], ["A", "Sở A"]], DEFAULT_LEVELS);
    expect(read).toEqual([]);
    expect(issues.map((i) => [i.row, i.column, i.label])).toEqual([
      [1, "code", "Mã đơn vị"],
      [1, "name", "Tên đơn vị"],
      [1, "level", "Cấp"],
    ]);
    expect(issues[2]!.message).toMatch(/^Dòng 1, cột «Cấp»: không có cột này \(dòng tiêu đề chỉ có «DANH SÁCH ĐƠN VỊ»\); .*«Mã đơn vị», «Tên đơn vị», «Cấp», «Đơn vị cấp trên» \(không bắt buộc\)\.$/);
  });

  it("refuses two columns under one header, and a file with a header but no unit", () => {
    expect(readRegistryTable([["Mã", "Tên", "Cấp", "code"]], DEFAULT_LEVELS).issues.map((i) => i.message)).toEqual([
      "Dòng 1, cột «Mã đơn vị»: có hai cột tiêu đề cùng là cột này (cột A và cột D); cần giữ một cột.",
    ]);
    expect(readRegistryTable([HEADER, ["", " "]], DEFAULT_LEVELS).issues.map((i) => [i.row, i.column])).toEqual([[1, null]]);
    expect(readRegistryTable([], DEFAULT_LEVELS).issues.map((i) => [i.row, i.column])).toEqual([[1, null]]);
  });
});

describe("planRegistryImport checks every row", () => {
  it("a code's format", () => {
    expect(issuesOf(rows(["Sở TP", "Sở Tư pháp", "cap-tinh"], ["", "Sở Y tế", "cap-tinh"]))).toEqual([
      [2, "Mã đơn vị", expect.stringMatching(/^Dòng 2, cột «Mã đơn vị»: «Sở TP» không phải mã hợp lệ; cần chữ cái không dấu.*64 ký tự/)],
      [3, "Mã đơn vị", expect.stringMatching(/^Dòng 3, cột «Mã đơn vị»: ô trống; cần/)],
    ]);
  });

  it("a code written twice in the file, naming both rows, also when only the case differs", () => {
    expect(issuesOf(rows(["SO-TP", "Sở Tư pháp", "cap-tinh"], ["SO-YT", "Sở Y tế", "cap-tinh"], ["SO-TP", "Sở Tài chính", "cap-tinh"], ["so-yt", "Sở Y tế", "cap-tinh"]))).toEqual([
      [4, "Mã đơn vị", "Dòng 4, cột «Mã đơn vị»: mã «SO-TP» đã có ở dòng 2; mỗi đơn vị chỉ được ghi một dòng."],
      [5, "Mã đơn vị", "Dòng 5, cột «Mã đơn vị»: mã «so-yt» trùng với mã «SO-YT» ở dòng 3 (chỉ khác chữ hoa, chữ thường); mỗi đơn vị chỉ được ghi một dòng."],
    ]);
  });

  it("a new code that differs from a registered one only in case", () => {
    const existing: Unit[] = [{ code: "SO-TP", name: "Sở Tư pháp", level: "cap-tinh", parent: null }];
    expect(issuesOf(rows(["so-tp", "Sở Tư pháp", "cap-tinh"]), existing)).toEqual([
      [2, "Mã đơn vị", expect.stringContaining("«so-tp» chỉ khác mã đơn vị đã có «SO-TP» ở chữ hoa, chữ thường")],
    ]);
  });

  it("a name: present, at most 200 characters, no control or bidi character (shown written out)", () => {
    expect(issuesOf(rows(["A", " ", "cap-tinh"], ["B", "X".repeat(201), "cap-tinh"], ["C", "Sở\u202E Tư pháp", "cap-tinh"]))).toEqual([
      [2, "Tên đơn vị", "Dòng 2, cột «Tên đơn vị»: ô trống; cần tên đơn vị, từ 1 đến 200 ký tự."],
      [3, "Tên đơn vị", `Dòng 3, cột «Tên đơn vị»: «${"X".repeat(60)}…» dài 201 ký tự; cần tối đa 200 ký tự.`],
      [4, "Tên đơn vị", expect.stringMatching(/^Dòng 4, cột «Tên đơn vị»: «Sở\[U\+202E\] Tư pháp» có ký tự điều khiển .*\(U\+202E\), không được phép; cần gõ lại tên/)],
    ]);
  });

  it("a level the configuration has, listing the levels in use by name and id", () => {
    const file = rows(["A", "Sở A", "cap-tinh"], ["B", "Xã B", "cap-xa"], ["C", "Xã C", "cap-xa"], ["D", "Xã D", "cap-xa"], ["E", "Xã E", "cap-xa"], ["F", "Xã F", "Cấp huyện mới"], ["G", "Xã G", ""]);
    expect(issuesOf(file)).toEqual([
      [7, "Cấp", "Dòng 7, cột «Cấp»: «Cấp huyện mới» không phải cấp đã cấu hình; cần một trong: Cấp tỉnh (sở, ban, ngành) (cap-tinh), Cấp xã (cap-xa)."],
      [8, "Cấp", "Dòng 8, cột «Cấp»: ô trống; cần một trong: Cấp tỉnh (sở, ban, ngành) (cap-tinh), Cấp xã (cap-xa)."],
    ]);
  });

  it("accepts the historical level (the old districts, registered to keep their reports)", () => {
    const existing: Unit[] = [
      { code: "HUYEN-1", name: "UBND huyện Hoành Bồ", level: "cap-huyen", parent: null },
      { code: "XA-1", name: "Xã Lê Lợi", level: "cap-xa", parent: "HUYEN-1" },
    ];
    const file = rows(["HUYEN-1", "UBND huyện Hoành Bồ (cũ)", "cap-huyen"], ["HUYEN-2", "UBND huyện Ba Chẽ", "cap-huyen"], ["XA-1", "Xã Lê Lợi", "cap-huyen", "HUYEN-1"]);
    expect(issuesOf(file.slice(0, 2), existing)).toEqual([]);
    // A commune moved up to the districts' level would sit on its own parent's level.
    expect(issuesOf(file, existing)).toEqual([[4, "Đơn vị cấp trên", expect.stringContaining("HUYEN-1")]]);
  });

  it("a parent that exists in the file or the registry, suggesting a code that differs only in case", () => {
    const existing: Unit[] = [{ code: "SO-TP", name: "Sở Tư pháp", level: "cap-tinh", parent: null }];
    expect(issuesOf(rows(["XA-1", "Xã A", "cap-xa", "SO-XX"], ["XA-2", "Xã B", "cap-xa", "so-tp"]), existing)).toEqual([
      [2, "Đơn vị cấp trên", "Dòng 2, cột «Đơn vị cấp trên»: «SO-XX» không có trong tệp cũng như trong các đơn vị đã đăng ký; cần mã một đơn vị ghi trong tệp hoặc đã đăng ký, hoặc để trống."],
      [3, "Đơn vị cấp trên", expect.stringContaining("(có phải «SO-TP»?)")],
    ]);
  });

  it("a parent other than the unit itself", () => {
    expect(issuesOf(rows(["XA-1", "Xã A", "cap-xa", "XA-1"]))).toEqual([
      [2, "Đơn vị cấp trên", "Dòng 2, cột «Đơn vị cấp trên»: «XA-1» là chính đơn vị này, không thể là cấp trên của nó; cần mã một đơn vị khác ở cấp trên, hoặc để trống."],
    ]);
  });

  it("a parent on a level above the unit's, as the file leaves it: a peer or a unit below is refused", () => {
    const existing: Unit[] = [{ code: "SO-TP", name: "Sở Tư pháp", level: "cap-tinh", parent: null }];
    const file = rows(["XA-1", "Xã A", "cap-xa"], ["XA-2", "Xã B", "cap-xa", "XA-1"], ["SO-YT", "Sở Y tế", "cap-tinh", "SO-TP"], ["XA-3", "Xã C", "cap-xa", "SO-TP"]);
    expect(issuesOf(file, existing)).toEqual([
      [3, "Đơn vị cấp trên", "Dòng 3, cột «Đơn vị cấp trên»: «XA-1» thuộc Cấp xã (theo dòng 2), không ở trên Cấp xã của «XA-2»; cần một đơn vị thuộc cấp trên: Cấp tỉnh (sở, ban, ngành), Cấp huyện (trước 01/7/2025)."],
      [4, "Đơn vị cấp trên", "Dòng 4, cột «Đơn vị cấp trên»: «SO-TP» thuộc Cấp tỉnh (sở, ban, ngành), không ở trên Cấp tỉnh (sở, ban, ngành) của «SO-YT»; Cấp tỉnh (sở, ban, ngành) là cấp cao nhất nên cần để trống ô này."],
    ]);
    // The registered SO-TP moved down to communes by the same file: XA-3 would sit under a peer.
    expect(issuesOf([...file.slice(3), { row: 9, code: "SO-TP", name: "Sở Tư pháp", level: "cap-xa", parent: null }], existing)).toEqual([
      [5, "Đơn vị cấp trên", expect.stringContaining("«SO-TP» thuộc Cấp xã (theo dòng 9), không ở trên Cấp xã của «XA-3»")],
    ]);
  });

  it("no loop in the resulting tree, through registered units too", () => {
    const existing: Unit[] = [{ code: "SO-B", name: "Sở B", level: "cap-tinh", parent: "SO-A" }];
    const cycle = issuesOf(rows(["SO-C", "Sở C", "cap-tinh"], ["SO-A", "Sở A", "cap-tinh", "SO-B"]), existing);
    expect(cycle).toContainEqual([3, "Đơn vị cấp trên", "Dòng 3, cột «Đơn vị cấp trên»: cấp trên đi vòng «SO-A» (dòng 3) → «SO-B» → «SO-A» (dòng 3); cần sửa để chuỗi cấp trên của mỗi đơn vị dừng ở một đơn vị không có cấp trên."]);
    const inFile = issuesOf(rows(["X-1", "Xã 1", "cap-xa", "X-3"], ["X-2", "Xã 2", "cap-xa", "X-1"], ["X-3", "Xã 3", "cap-xa", "X-2"]));
    expect(inFile.filter(([, , message]) => String(message).includes("đi vòng"))).toEqual([
      [2, "Đơn vị cấp trên", expect.stringContaining("«X-1» (dòng 2) → «X-3» (dòng 4) → «X-2» (dòng 3) → «X-1» (dòng 2)")],
    ]);
  });

  it("no registered unit left out of the file under a parent the file moves to its level or below", () => {
    const existing: Unit[] = [
      { code: "SO-TP", name: "Sở Tư pháp", level: "cap-tinh", parent: null },
      { code: "XA-1", name: "Xã A", level: "cap-xa", parent: "SO-TP" },
    ];
    expect(issuesOf(rows(["SO-TP", "Sở Tư pháp", "cap-xa"]), existing)).toEqual([
      [2, "Cấp", expect.stringMatching(/^Dòng 2, cột «Cấp»: «Cấp xã» không ở trên cấp của đơn vị cấp dưới đã đăng ký mà tệp không ghi: «XA-1» \(Cấp xã\); cần /)],
    ]);
  });

  it("reports every bad row at once, in row order, and then plans nothing", () => {
    const result = plan(rows(["A B", "Sở A", "cap-tinh"], ["B", "", "cap-tinh"], ["C", "Xã C", "cap-xa", "Z"], ["D", "Xã D", "Cấp thôn"]));
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([[2, "code"], [3, "name"], [4, "parent"], [5, "level"]]);
    expect(result.plan).toEqual({ create: [], update: [], unchanged: [] });
  });
});

describe("planRegistryImport plans", () => {
  it("a re-import: new units created, changed ones updated with the fields that change, the rest unchanged; units absent from the file untouched", () => {
    const existing: Unit[] = [
      { code: "SO-TP", name: "Sở Tư pháp", level: "cap-tinh", parent: null },
      { code: "SO-YT", name: "Sở Y tế", level: "cap-tinh", parent: null },
      { code: "XA-1", name: "Xã Hòa Bình", level: "cap-xa", parent: null },
      { code: "XA-9", name: "Xã cũ", level: "cap-xa", parent: null },
    ];
    const file = rows(["SO-TP", "Sở Tư pháp", "cap-tinh"], ["XA-1", "Phường Hòa Bình", "cap-xa", "SO-YT"], ["SO-YT", "Sở Y tế", "cap-tinh"], ["XA-2", "Xã Tân Lập", "cap-xa", "SO-YT"]);
    expect(plan(file, existing)).toEqual({
      issues: [],
      plan: {
        create: [{ code: "XA-2", name: "Xã Tân Lập", level: "cap-xa", parent: "SO-YT" }],
        update: [{ before: existing[2], after: { code: "XA-1", name: "Phường Hòa Bình", level: "cap-xa", parent: "SO-YT" }, changes: ["name", "parent"] }],
        unchanged: ["SO-TP", "SO-YT"],
      },
    });
  });

  it("a parent defined further down the file, creating parents first", () => {
    const result = plan(rows(["XA-1", "Xã A", "cap-xa", "TINH"], ["XA-2", "Xã B", "cap-xa", "TINH"], ["TINH", "UBND tỉnh", "cap-tinh"]));
    expect(result.issues).toEqual([]);
    expect(result.plan.create.map((unit) => unit.code)).toEqual(["TINH", "XA-1", "XA-2"]);
  });

  it("100 communes under one province, from CSV text, in one go", () => {
    const communes = Array.from({ length: 100 }, (_, i) => `XA-${String(i + 1).padStart(3, "0")};Xã số ${i + 1};Cấp xã;TINH`);
    const text = ["Mã đơn vị;Tên đơn vị;Cấp;Đơn vị cấp trên", ...communes, "TINH;UBND tỉnh;Cấp tỉnh;"].join("\r\n");
    const read = readRegistryTable(parseCsv(text), DEFAULT_LEVELS);
    expect(read.issues).toEqual([]);
    expect(read.rows).toHaveLength(101);
    const result = plan(read.rows);
    expect(result.issues).toEqual([]);
    expect(result.plan.create).toHaveLength(101);
    expect(result.plan.create[0]).toEqual({ code: "TINH", name: "UBND tỉnh", level: "cap-tinh", parent: null });
    expect(result.plan.create.slice(1).every((unit) => unit.parent === "TINH" && unit.level === "cap-xa")).toBe(true);
    expect(result.plan.create[100]).toEqual({ code: "XA-100", name: "Xã số 100", level: "cap-xa", parent: "TINH" });
  });
});

describe("registryTemplateRows", () => {
  it("gives the header and a department and a commune, which read and plan without an issue", () => {
    const template = registryTemplateRows(DEFAULT_LEVELS);
    expect(template).toEqual([HEADER, ["SO-NOI-VU", "Sở Nội vụ", "Cấp tỉnh (sở, ban, ngành)", ""], ["XA-AN-BINH", "Xã An Bình", "Cấp xã", ""]]);
    const read = readRegistryTable(template, DEFAULT_LEVELS);
    expect(read.issues).toEqual([]);
    expect(plan(read.rows).plan.create.map((unit) => [unit.code, unit.level])).toEqual([["SO-NOI-VU", "cap-tinh"], ["XA-AN-BINH", "cap-xa"]]);
  });
});
