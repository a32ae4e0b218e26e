import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dueDate, parseDue } from "../../shared/plan-tasks/due.ts";
import { haiPhong2025Tasks } from "../../shared/plan-tasks/hai-phong-2025-tasks.ts";
import { taskTableCells } from "../../shared/plan-tasks/task-table-cells.ts";
import { haNoi2021Tasks } from "../../shared/plan-tasks/ha-noi-2021-tasks.ts";
import { readTaskProse } from "../../shared/plan-tasks/read-task-prose.ts";
import { reviewScheduleTasks, rowsFromLines } from "../../shared/plan-tasks/review-schedule.ts";
import { parseParties, parseTaskTsv, readTaskTable } from "../../shared/plan-tasks/read-task-table.ts";
import type { Due } from "../../shared/plan-tasks/types.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";

const SEED_004 = readFileSync(new URL("../../../shared/seeds/004_2baf105a9a0db1d8.txt", import.meta.url), "utf8");
const HEADER = ["TT", "Nội dung công việc", "Thời gian thực hiện/ hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả"];
const DEPARTMENTS = { kind: "departments" } as const;
const DISTRICTS = { kind: "level", level: "cap-huyen" } as const;
const COMMUNES = { kind: "level", level: "cap-xa" } as const;
const CITY_OFFICE = { kind: "unit", name: "Văn phòng UBND thành phố" } as const;

describe("parseDue", () => {
  it.each<[string, Due]>([
    ["Trong tháng 02/2025", { kind: "month", month: "2025-02" }],
    ["Tháng 3/2025", { kind: "month", month: "2025-03" }],
    ["tháng 12", { kind: "month", month: "2025-12" }],
    ["Quý I/2025", { kind: "quarter", quarter: "2025-Q1" }],
    ["Quý I, Năm 2022", { kind: "quarter", quarter: "2022-Q1" }],
    ["Thường xuyên, hàng năm", { kind: "recurring", every: "year" }],
    ["Năm 2021 và các năm tiếp theo", { kind: "recurring", every: "year" }],
    ["QUY IV NAM 2026", { kind: "quarter", quarter: "2026-Q4" }],
    ["6 tháng đầu năm 2025", { kind: "half", half: "2025-H1" }],
    ["Trước ngày 30/4/2025", { kind: "date", date: "2025-04-30" }],
    ["Trước 30/8/2025", { kind: "date", date: "2025-08-30" }],
    ["30/6/2025", { kind: "date", date: "2025-06-30" }],
    ["Năm 2025", { kind: "year", year: 2025 }],
    ["Trong năm 2025", { kind: "year", year: 2025 }],
    ["Thường xuyên", { kind: "recurring" }],
    ["thuong xuyen (Cho đến khi có Quyết định thay thế)", { kind: "recurring" }],
    ["Định kỳ hàng tháng", { kind: "recurring", every: "month" }],
    ["Hằng quý", { kind: "recurring", every: "quarter" }],
    ["Định kỳ hàng quý và năm 2025", { kind: "recurring", every: "quarter" }],
    ["Định kỳ theo quy định", { kind: "recurring" }],
    ["Khi có phát sinh", { kind: "on-occurrence" }],
  ])("%s", (text, due) => {
    expect(parseDue(text, 2025)).toEqual(due);
  });

  it("keeps any other wording, and impossible dates, as written", () => {
    expect(parseDue("Trong năm 2025, sau khi  Chính phủ tổng kết", 2025)).toEqual({ kind: "text", text: "Trong năm 2025, sau khi Chính phủ tổng kết" });
    expect(parseDue("31/2/2025", 2025)).toEqual({ kind: "text", text: "31/2/2025" });
    expect(parseDue("Tháng 13/2025", 2025)).toEqual({ kind: "text", text: "Tháng 13/2025" });
    expect(parseDue("", 2025)).toEqual({ kind: "text", text: "" });
  });

  it("gives the last day a task may be done", () => {
    const at = (text: string) => dueDate(parseDue(text, 2025));
    expect(at("Trong tháng 02/2025")).toBe("2025-02-28");
    expect(at("Tháng 2/2024")).toBe("2024-02-29");
    expect(at("Quý I/2025")).toBe("2025-03-31");
    expect(at("6 tháng đầu năm")).toBe("2025-06-30");
    expect(at("6 tháng cuối năm 2025")).toBe("2025-12-31");
    expect(at("Năm 2025")).toBe("2025-12-31");
    expect(at("Trước ngày 30/4/2025")).toBe("2025-04-30");
    expect(at("Thường xuyên")).toBeNull();
    expect(at("Định kỳ hàng tháng")).toBeNull();
    expect(at("Khi có phát sinh")).toBeNull();
    expect(at("Sau khi có hướng dẫn")).toBeNull();
  });
});

describe("parseParties", () => {
  it("splits on bullets, semicolons and line breaks and recognises levels and the departments", () => {
    expect(parseParties("- Các sở, ban, ngành - UBND cấp huyện - UBND cấp xã")).toEqual([DEPARTMENTS, DISTRICTS, COMMUNES]);
    expect(parseParties("- UBND các quận, huyện; - Sở Thông tin và Truyền thông\nUBND các xã, phường, thị trấn")).toEqual([
      DISTRICTS, { kind: "unit", name: "Sở Thông tin và Truyền thông" }, COMMUNES,
    ]);
    expect(parseParties("Văn phòng UBND thành phố (Cổng Thông tin điện tử thành phố)")).toEqual([
      { kind: "unit", name: "Văn phòng UBND thành phố (Cổng Thông tin điện tử thành phố)" },
    ]);
  });

  it("reads the prose's ways of naming them: «Sở, cơ quan tương đương Sở», «UBND các cấp», several levels in one, «và các …»", () => {
    expect(parseParties("Sở, cơ quan tương đương Sở (theo Kế hoạch cụ thể từng năm của Chủ tịch UBND Thành phố);")).toEqual([DEPARTMENTS]);
    expect(parseParties("Sở, cơ quan tương đương Sở; UBND các cấp.")).toEqual([DEPARTMENTS, DISTRICTS, COMMUNES]);
    expect(parseParties("Sở Nội vụ và các Sở, cơ quan tương đương Sở, UBND cấp huyện, cấp xã.")).toEqual([
      { kind: "unit", name: "Sở Nội vụ" }, DEPARTMENTS, DISTRICTS, COMMUNES,
    ]);
    // "và" inside an office's name stays there.
    expect(parseParties("Sở Thông tin và truyền thông;")).toEqual([{ kind: "unit", name: "Sở Thông tin và truyền thông" }]);
  });

  it("keeps the departments a plan leaves out", () => {
    expect(parseParties("- Các sở, ngành (trừ Ban Quản lý Khu Kinh tế Hải Phòng)")).toEqual([
      { kind: "departments", except: ["Ban Quản lý Khu Kinh tế Hải Phòng"] },
    ]);
  });
});

describe("readTaskTable over seed 004 (Hải Phòng 2025)", () => {
  const { tasks, issues } = readTaskTable(parseTaskTsv(SEED_004), 2025);
  const task = (section: string, number: string) => tasks.find((t) => t.section.number === section && t.number === number);

  it("finds the three sections and their 40 tasks", () => {
    expect([...new Set(tasks.map((t) => `${t.section.number}. ${t.section.title}`))]).toEqual([
      "I. Công tác chỉ đạo, điều hành",
      "II. Nhiệm vụ kiểm soát TTHC",
      "III. Nhiệm vụ thực hiện cơ chế một cửa, một cửa liên thông",
    ]);
    expect(tasks).toHaveLength(40);
    expect(tasks.filter((t) => t.section.number === "I")).toHaveLength(6);
    expect(tasks.filter((t) => t.section.number === "II")).toHaveLength(20);
    expect(tasks.filter((t) => t.section.number === "III")).toHaveLength(14);
  });

  it("reads task II.6.2 as monthly, led by the departments and the districts", () => {
    expect(task("II", "6.2")).toMatchObject({
      group: { number: "6", title: "Chế độ thông tin, báo cáo về TTHC" },
      due: { kind: "recurring", every: "month" },
      lead: [DEPARTMENTS, DISTRICTS],
      support: [CITY_OFFICE],
    });
  });

  it("reads whole tasks, cells wrapped onto the next row included", () => {
    expect(task("I", "1")).toEqual({
      number: "1",
      section: { number: "I", title: "Công tác chỉ đạo, điều hành" },
      content: "Kế hoạch kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông năm 2025",
      due: { kind: "month", month: "2025-02" },
      lead: [DEPARTMENTS, DISTRICTS],
      support: [CITY_OFFICE],
      output: "Kế hoạch được ban hành",
    });
    expect(task("I", "4")?.output).toBe("Các văn bản chỉ đạo của UBND thành phố và hướng dẫn, đôn đốc của Văn phòng UBND thành phố");
    expect(task("II", "3.3")).toMatchObject({ due: { kind: "date", date: "2025-09-30" }, lead: [CITY_OFFICE] });
    expect(task("II", "1.1")).toMatchObject({ due: { kind: "on-occurrence" }, lead: [DEPARTMENTS] });
    const online = task("III", "3.1");
    expect(online?.content).toContain("trên tổng số TTHC có đủ điều kiện trên Cổng Dịch vụ công quốc gia đạt 80%");
    expect(online?.lead).toEqual([DEPARTMENTS, DISTRICTS]);
  });

  it("numbers the unnumbered and '-' items after their heading", () => {
    expect(tasks.filter((t) => t.group?.number === "2.1" || t.group?.number === "2.2").map((t) => t.number)).toEqual(["2.1.1", "2.1.2", "2.2.1", "2.2.2"]);
    expect(task("II", "2.2.1")?.content).toMatch(/^Công khai TTHC tại Bộ phận Tiếp nhận/);
    expect(task("II", "2.1")).toBeUndefined();
  });

  it("reports the tasks the seed gives no lead", () => {
    expect(issues).toEqual(["3.2", "3.3", "3.4"].map((number, i) => ({
      row: 118 + i,
      column: "Đơn vị chủ trì",
      message: `Dòng ${118 + i}, cột «Đơn vị chủ trì»: nhiệm vụ ${number} chưa có đơn vị chủ trì.`,
    })));
  });

  it("is what the shipped data file holds, with III.3.2–3.4 given the merged cells of III.3.1", () => {
    const merged = task("III", "3.1")!;
    const restored = tasks.map((t) => (t.section.number === "III" && ["3.2", "3.3", "3.4"].includes(t.number)
      ? { ...t, due: merged.due, lead: merged.lead, support: merged.support, output: merged.output }
      : t));
    expect(haiPhong2025Tasks.tasks).toEqual(restored);
  });

  it("reads back from the layout it is written in (the plan's table downloaded, then imported)", () => {
    const back = readTaskTable(taskTableCells(haiPhong2025Tasks.tasks, DEFAULT_LEVELS), 2025);
    expect(back.issues).toEqual([]);
    expect(back.tasks).toEqual(haiPhong2025Tasks.tasks);
  });
});

describe("readTaskTable over a broken table", () => {
  it("names a missing header column", () => {
    const { tasks, issues } = readTaskTable([["Kế hoạch"], ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"], ["1", "Việc", "Sở Tư pháp", ""]], 2025);
    expect(issues).toEqual([{ row: 2, column: "Thời gian thực hiện", message: "Dòng 2: bảng thiếu cột «Thời gian thực hiện»." }]);
    expect(tasks).toEqual([expect.objectContaining({ number: "1", due: { kind: "text", text: "" }, lead: [{ kind: "unit", name: "Sở Tư pháp" }] })]);
  });

  it("reports no header at all, a task without content, and a bad number, by row and column", () => {
    expect(readTaskTable([["a", "b"], [1, 2]], 2025).issues).toEqual([
      { row: 1, column: null, message: expect.stringMatching(/^Không tìm thấy dòng tiêu đề/) },
    ]);
    const { tasks, issues } = readTaskTable([
      HEADER,
      ["I", "Chỉ đạo", "", "", "", ""],
      ["1", "", "Quý II/2025", "Sở Nội vụ", "", ""],
      ["x)", "Việc lạ", "Thường xuyên", "Sở Nội vụ", "", ""],
      [2, "Việc hai", "Tháng 5", "UBND cấp xã", "", "Báo cáo"],
    ], 2025);
    expect(issues).toEqual([
      { row: 3, column: "Nội dung công việc", message: "Dòng 3, cột «Nội dung công việc»: nhiệm vụ 1 chưa có nội dung." },
      { row: 4, column: "TT", message: "Dòng 4, cột «TT»: số thứ tự «x)» không hợp lệ." },
    ]);
    expect(tasks).toEqual([{
      number: "2", section: { number: "I", title: "Chỉ đạo" }, content: "Việc hai",
      due: { kind: "month", month: "2025-05" }, lead: [COMMUNES], support: [], output: "Báo cáo",
    }]);
  });
});

describe("seed 001 (Hà Nội 2021–2025): numbered prose and a review schedule", () => {
  const SEED_001 = readFileSync(new URL("../../../shared/seeds/001_8b340767f6fdef3d.txt", import.meta.url), "utf8");
  const lines = SEED_001.split(/\r?\n/);
  const prose = readTaskProse(
    lines.slice(lines.findIndex((l) => l.startsWith("II. NỘI DUNG THỰC HIỆN")) + 1, lines.findIndex((l) => l.startsWith("III. TỔ CHỨC THỰC HIỆN"))),
    2021, { number: "II", title: "Nội dung thực hiện" },
  );
  const rows = rowsFromLines(lines.slice(lines.findIndex((l) => l.trim() === "PHỤ LỤC")), ["TT", "Tên cơ quan, đơn vị", "Lĩnh vực rà soát", "Năm thực hiện", "Ghi chú"]);

  it("reads section II's items with their labelled lines, sub-items under their heading", () => {
    expect(prose.tasks.map((t) => t.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8.1", "8.2", "9", "10"]);
    expect(prose.tasks.find((t) => t.number === "8.2")).toMatchObject({
      group: { number: "8", title: "Thực hiện tốt cơ chế Một cửa, Một cửa liên thông" },
      due: { kind: "year", year: 2022 },
      lead: [{ kind: "unit", name: "Sở Nội vụ Thành phố" }],
      support: [{ kind: "unit", name: "Văn phòng UBND Thành phố" }, { kind: "unit", name: "Sở Tài chính" }, DEPARTMENTS, DISTRICTS],
      output: "Dự thảo Nghị quyết của Hội đồng nhân dân Thành phố",
    });
    expect(prose.tasks.find((t) => t.number === "8.1")?.due).toEqual({ kind: "quarter", quarter: "2022-Q1" });
    expect(prose.tasks.find((t) => t.number === "10")?.content).toMatch(/^Ứng dụng công nghệ thông tin .*: Bảo đảm cơ sở vật chất/);
    expect(prose.tasks.find((t) => t.number === "1")?.due).toEqual({ kind: "recurring" });
  });

  it("names the items that give no lead", () => {
    expect(prose.issues.map((i) => i.message)).toEqual([
      "Dòng 2: nhiệm vụ 1 không ghi đơn vị chủ trì hay đơn vị thực hiện.",
      "Dòng 4: nhiệm vụ 2 không ghi đơn vị chủ trì hay đơn vị thực hiện.",
      "Dòng 40: nhiệm vụ 7 không ghi đơn vị chủ trì hay đơn vị thực hiện.",
    ]);
  });

  it("reads the appendix's 21 rows, printed one cell per line", () => {
    expect(rows).toHaveLength(21);
    expect(rows[1]).toEqual(["2", "Sở Giao thông vận tải", "Giao thông vận tải", "2022 và 2025", ""]);
    expect(rows[7]).toEqual(["8", "Sở Ngoại vụ", "Ngoại vụ", "2021-2025", ""]);
  });

  it("is what the shipped data file holds: items 1 and 2 given every level, item 7 replaced by the schedule's tasks", () => {
    const everyone = [DEPARTMENTS, DISTRICTS, COMMUNES];
    const schedule = reviewScheduleTasks(rows.map(([number, unit, field, years]) => ({ number: number!, unit: unit!, field: field!, years: years! })),
      { number: "PL", title: "Rà soát, đánh giá, đơn giản hóa TTHC giai đoạn 2021-2025" });
    expect(haNoi2021Tasks.tasks).toEqual([
      ...prose.tasks.filter((t) => t.number !== "7").map((t) => (["1", "2"].includes(t.number) ? { ...t, lead: everyone } : t)),
      ...schedule,
    ]);
    // One task per office and year; a span is one yearly task.
    expect(schedule.filter((t) => t.group?.number === "2").map((t) => [t.number, t.due])).toEqual([
      ["2.1", { kind: "year", year: 2022 }], ["2.2", { kind: "year", year: 2025 }],
    ]);
    expect(schedule.find((t) => t.number === "8")?.due).toEqual({ kind: "recurring", every: "year" });
  });

  it("reads back from the table layout, the appendix a section of its own", () => {
    const back = readTaskTable(taskTableCells(haNoi2021Tasks.tasks, DEFAULT_LEVELS), 2021);
    expect(back.issues).toEqual([]);
    expect(back.tasks).toEqual(haNoi2021Tasks.tasks);
  });
});
