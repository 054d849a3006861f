package ma.coopmarket.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;

/**
 * The generation of one entity (cooperatives, accounts, products, orders, trainings and enrolments).
 * Each step gets its own Random seeded from the run's seed and its name, so adding a step never
 * changes what the others generate.
 */
interface Step {

    String name();

    /** Inserts this entity's rows, reading what earlier steps produced from {@code data} and adding to it. */
    void run(Connection connection, Generated data, Random random) throws SQLException;
}
