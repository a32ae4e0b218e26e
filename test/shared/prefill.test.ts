import { describe, expect, it } from "vitest";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { carriedOverFrom, fromMonths } from "../../shared/forms/prefill.ts";

const month = (carried: number, pendingIn: number, pendingOver: number, online: number) => ({
  carried_over: carried, received_online: online, received_direct: 10, resolved_early: 5, resolved_ontime: 5, resolved_late: 0,
  pending_intime: pendingIn, pending_overdue: pendingOver, returned: 1,
});

describe("prefill", () => {
  it("carries last period's pending total into carried over, even when the total was not stored", () => {
    expect(carriedOverFrom(dossiers, month(3, 7, 2, 4))).toEqual({ carried_over: 9 });
  });

  it("builds a quarter's inputs from three months: flows summed, opening first, closing last, no totals", () => {
    const values = fromMonths(dossiers, [month(3, 7, 2, 4), month(9, 6, 1, 5), month(7, 8, 0, 6)]);
    expect(values).toMatchObject({ carried_over: 3, received_online: 15, received_direct: 30, pending_intime: 8, pending_overdue: 0, returned: 3 });
    expect(values).not.toHaveProperty("received_total");
  });
});
