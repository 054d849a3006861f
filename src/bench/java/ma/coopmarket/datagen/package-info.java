/**
 * The national-scale data generator of the benchmark (issue 8): fills a MariaDB or MySQL database
 * that Flyway has migrated with the directory, catalogue, orders and trainings of the whole
 * country, repeatably (one seed) and fast (multi-row inserts). Compiled with the tests so that it follows the schema and
 * the app's own {@code SearchText} and {@code Ids}, never packaged; run it with {@code bench/generate}.
 * One {@link ma.coopmarket.datagen.Step} per entity, run in order by {@link ma.coopmarket.datagen.DataGenerator}.
 */
package ma.coopmarket.datagen;
