/**
 * The JDBC baseline of the benchmark's order scenarios (issue 8): the SQL that the app sends to
 * place one order, sent directly over JDBC, so that bench/run can report order placement through
 * the API as a ratio to it. Compiled with the tests so that it follows the schema and uses the
 * app's own {@code Ids}, {@code Hashes} and SMS templates, never packaged; bench/run runs it with
 * {@code java -cp}, and {@code ./mvnw -Porder-baseline process-test-classes} runs it by hand.
 */
package ma.coopmarket.orderbaseline;
