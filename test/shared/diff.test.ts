import { describe, expect, it } from "vitest";
import { centers } from "../../shared/forms/centers.ts";
import { diffValues } from "../../shared/forms/diff.ts";

describe("diffValues", () => {
  it("lists the changed cells in form order with their labels, and nothing else", () => {
    const before = { tthc_total: 256, tthc_not_at_center: 5, tthc_at_center: 251, full_cycle_done: 165 };
    const after = { tthc_total: 256, tthc_not_at_center: 6, tthc_at_center: 250, full_cycle_done: 165, full_cycle_added: 3 };
    expect(diffValues(centers, before, after)).toEqual([
      { key: "tthc_not_at_center", label: "TTHC không đưa vào Trung tâm", before: 5, after: 6 },
      { key: "tthc_at_center", label: "Tổng số TTHC đưa vào Trung tâm", before: 251, after: 250 },
      { key: "full_cycle_added", label: expect.stringContaining("tiếp tục đưa vào"), before: null, after: 3 },
    ]);
  });
});
