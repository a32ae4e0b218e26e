/**
 * A D1 binding that counts what one request costs the database: round trips, statements, and the
 * rows D1 reports read and written (its `meta.rows_read` / `meta.rows_written`, what D1 bills).
 * Bench-only (bench/worker.mts wraps a request's `DB` with it when asked); `first()` is run as
 * `all()` so that its meta can be read.
 */
export interface D1Meter {
  db: D1Database;
  usage: { roundTrips: number; statements: number; rowsRead: number; rowsWritten: number };
}

export function meterD1(real: D1Database): D1Meter {
  const usage = { roundTrips: 0, statements: 0, rowsRead: 0, rowsWritten: 0 };
  const count = (result: D1Result) => {
    usage.statements++;
    usage.rowsRead += result.meta?.rows_read ?? 0;
    usage.rowsWritten += result.meta?.rows_written ?? 0;
  };
  const realOf = new WeakMap<object, D1PreparedStatement>();
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const metered = new Proxy(statement, {
      get(target, name, receiver) {
        if (name === "bind") return (...values: unknown[]) => wrap(target.bind(...values));
        if (name === "all" || name === "run") {
          return async () => {
            usage.roundTrips++;
            const result = await target.all();
            count(result);
            return result;
          };
        }
        if (name === "first") {
          return async (column?: string) => {
            usage.roundTrips++;
            const result = await target.all<Record<string, unknown>>();
            count(result);
            const row = result.results[0];
            return row === undefined ? null : column === undefined ? row : row[column];
          };
        }
        const value = Reflect.get(target, name, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    realOf.set(metered, statement);
    return metered;
  };
  const db = new Proxy(real, {
    get(target, name, receiver) {
      if (name === "prepare") return (sql: string) => wrap(target.prepare(sql));
      if (name === "batch") {
        return async (list: D1PreparedStatement[]) => {
          usage.roundTrips++;
          const results = await target.batch(list.map((s) => realOf.get(s) ?? s));
          results.forEach(count);
          return results;
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, usage };
}
