/**
 * A read as a statement and what its rows mean, so that reads a request needs together can go to
 * D1 in one round trip (`readTogether`) and still be read one at a time elsewhere (`readOne`).
 */
export interface Query<T> {
  statement: D1PreparedStatement;
  read: (rows: readonly unknown[]) => T;
}

/** One read, one round trip. */
export async function readOne<T>(query: Query<T>): Promise<T> {
  const { results } = await query.statement.all();
  return query.read(results);
}

/** What each query of a batch answers, in order. */
export type Answers<Q extends readonly Query<unknown>[]> = { -readonly [K in keyof Q]: Q[K] extends Query<infer R> ? R : never };

/** Several reads in one D1 batch: one round trip, each answered as its query reads it. */
export async function readTogether<const Q extends readonly Query<unknown>[]>(db: D1Database, queries: Q): Promise<Answers<Q>> {
  const results = await db.batch(queries.map((query) => query.statement));
  return queries.map((query, i) => query.read(results[i]!.results)) as Answers<Q>;
}
