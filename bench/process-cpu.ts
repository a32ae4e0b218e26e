import { readdirSync, readFileSync } from "node:fs";

/**
 * Where the CPU of a load run goes, by process (Linux /proc): the bench's own client, the bench
 * server's Node process (wrangler), wrangler's proxy workerd (the one listening on the bench's
 * port) and the workerd that runs the worker with its local D1. Without /proc, nothing is measured.
 */
export type CpuRole = "client" | "wrangler" | "proxy" | "worker";

export const CPU_ROLES: readonly CpuRole[] = ["client", "wrangler", "proxy", "worker"];

/** CPU milliseconds used so far by each role. */
export type CpuSnapshot = Record<CpuRole, number>;

const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpuOf(pid: string): { ms: number; group: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS, group: Number(fields[2]) };
  } catch {
    return null; // gone meanwhile
  }
}

/** CPU used so far by each role; `serverGroup` is the bench server's process group, `port` its port. */
export function cpuSnapshot(serverGroup: number, port: number): CpuSnapshot | null {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const snapshot: CpuSnapshot = { client: cpuOf(String(process.pid))?.ms ?? 0, wrangler: 0, proxy: 0, worker: 0 };
  for (const pid of pids) {
    const cpu = cpuOf(pid);
    if (!cpu || cpu.group !== serverGroup) continue;
    let command = "";
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      continue;
    }
    if (!/workerd/.test(command)) snapshot.wrangler += cpu.ms;
    else if (command.includes(`entry=127.0.0.1:${port} `)) snapshot.proxy += cpu.ms;
    else snapshot.worker += cpu.ms;
  }
  return snapshot;
}

/** CPU milliseconds per request of each role between two snapshots. */
export function cpuPerRequest(before: CpuSnapshot | null, after: CpuSnapshot | null, requests: number): CpuSnapshot | null {
  if (!before || !after || requests === 0) return null;
  const per = (role: CpuRole) => Math.round(((after[role] - before[role]) / requests) * 100) / 100;
  return { client: per("client"), wrangler: per("wrangler"), proxy: per("proxy"), worker: per("worker") };
}
