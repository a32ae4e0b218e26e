import type { FormValues } from "../../shared/forms/types.ts";
import type { Level } from "../../shared/units/levels.ts";

/** A small deterministic generator, so that every fresh demo shows the same figures. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOLUME: Record<Level, [number, number]> = { "cap-tinh": [150, 1400], "cap-huyen": [300, 1800], "cap-xa": [40, 260] };

/**
 * A plausible month of `dossiers` for a unit: what it carried over is last month's pending total,
 * a third to two thirds arrive online, most are resolved on time. `imbalance` mimics the few
 * dossiers real reports lose between their columns.
 */
export function monthOfDossiers(next: () => number, level: Level, carriedOver: number, imbalance = 0): FormValues {
  const [low, high] = VOLUME[level] ?? VOLUME["cap-xa"]!;
  const received = Math.round(low + next() * (high - low));
  const online = Math.round(received * (0.3 + next() * 0.4));
  const direct = received - online;
  const total = carriedOver + online + direct;
  const returned = Math.round(total * next() * 0.02);
  const pending = Math.round(total * (0.12 + next() * 0.15));
  const resolved = Math.max(0, total - pending - returned - imbalance);
  const late = Math.round(resolved * next() * 0.03);
  const early = Math.round((resolved - late) * (0.3 + next() * 0.3));
  const overdue = Math.round(pending * next() * 0.08);
  return {
    carried_over: carriedOver,
    received_online: online,
    received_direct: direct,
    resolved_early: early,
    resolved_ontime: resolved - late - early,
    resolved_late: late,
    pending_intime: pending - overdue,
    pending_overdue: overdue,
    returned,
  };
}
