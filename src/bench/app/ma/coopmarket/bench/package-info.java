/**
 * The benchmark's ceiling (issue 8): an in-memory JSON endpoint served through the same HTTP
 * stack, filters and worker threads as the API, so that {@code bench/run} can state every read
 * path as a ratio of it; and its floor, the same answer after one {@code SELECT 1} on a pooled connection
 * (what a request costs once it reads the database at all). Off unless {@code coopmarket.bench.enabled=true}; not in the contract. Not in
 * the production jar either: the tests compile it with the test sources, and {@code bench/run}
 * packages it with {@code -Pbench-app}.
 */
package ma.coopmarket.bench;
