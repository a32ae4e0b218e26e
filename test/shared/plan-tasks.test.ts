import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dueDate, parseDue } from "../../shared/plan-tasks/due.ts";
import { haiPhong2025Tasks } from "../../shared/plan-tasks/hai-phong-2025-tasks.ts";
import { taskTableCells } from "../../shared/plan-tasks/task-table-cells.ts";
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
