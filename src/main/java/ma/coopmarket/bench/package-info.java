/**
 * The benchmark's ceiling (issue 8): an in-memory JSON endpoint served through the same HTTP
 * stack, filters and worker threads as the API, so that {@code bench/run} can state every read
 * path as a ratio of it. Off unless {@code coopmarket.bench.enabled=true}; not in the contract.
 */
package ma.coopmarket.bench;
