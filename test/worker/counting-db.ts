/**
 * A D1 binding that records every round trip a request makes: each statement run alone (first,
 * all, run, raw) and each batch, with its SQL. The worker is called with it in place of `DB`.
 */
export interface CountingDb {
  db: D1Database;
  /** One entry per round trip: the statement's SQL, or "batch:" and the SQL of each statement. */
  trips: string[];
  /** Every SQL text the requests ran, alone or in a batch. */
  statements: string[];
  /** The values each SQL text was first run with: to ask D1 for its plan with the same bindings. */
  bindings: Map<string, unknown[]>;
}

export function countingDb(real: D1Database): CountingDb {
  const trips: string[] = [];
  const statements: string[] = [];
  const bindings = new Map<string, unknown[]>();
  const realOf = new WeakMap<object, D1PreparedStatement>();
  const sqlOf = new WeakMap<object, string>();
  const valuesOf = new WeakMap<object, unknown[]>();
  const ran = (sql: string, values: unknown[]) => {
    statements.push(sql);
    if (!bindings.has(sql)) bindings.set(sql, values);
  };

  const wrap = (statement: D1PreparedStatement, sql: string, values: unknown[] = []): D1PreparedStatement => {
    const proxy = new Proxy(statement, {
      get(target, name, receiver) {
        if (name === "bind") return (...bound: unknown[]) => wrap(target.bind(...bound), sql, bound);
        if (name === "first" || name === "all" || name === "run" || name === "raw") {
          return (...args: unknown[]) => {
            trips.push(sql);
            ran(sql, values);
            return (target[name] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, name, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    realOf.set(proxy, statement);
    sqlOf.set(proxy, sql);
    valuesOf.set(proxy, values);
    return proxy;
  };

  const db = new Proxy(real, {
    get(target, name, receiver) {
      if (name === "prepare") return (sql: string) => wrap(target.prepare(sql), sql);
      if (name === "batch") {
        return (list: D1PreparedStatement[]) => {
          const sqls = list.map((s) => sqlOf.get(s) ?? "?");
          trips.push(`batch: ${sqls.join(" ; ")}`);
          list.forEach((s, i) => ran(sqls[i]!, valuesOf.get(s) ?? []));
          return target.batch(list.map((s) => realOf.get(s) ?? s));
        };
      }
      const value = Reflect.get(target, name, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db, trips, statements, bindings };
}
