import DataLoader from 'dataloader';

/** More than this many lookups in one event-loop turn go in several queries. */
const MAX_BATCH = 256;

/**
 * A lookup made on every request, batched: the lookups asked for in one turn of the event
 * loop go to the database as one query. Under load most of such a check's cost is its round
 * trip (a socket write and read per request), not the indexed lookup itself (BENCHMARKS.md,
 * the role-map read). Nothing is cached: each request's query is sent after the request
 * arrived, so it sees every change committed before that. Callers pass only keys the query
 * accepts (ids already checked as UUIDs): one malformed key would fail its whole batch.
 */
export function perTurnLoader<K, V>(
  batch: (keys: readonly K[]) => Promise<V[]>,
): (key: K) => Promise<V> {
  const loader = new DataLoader<K, V>(batch, {
    cache: false,
    maxBatchSize: MAX_BATCH,
    // After the I/O callbacks of this turn, so the requests read in it share one query.
    batchScheduleFn: (dispatch) => setImmediate(dispatch),
  });
  return (key) => loader.load(key);
}
