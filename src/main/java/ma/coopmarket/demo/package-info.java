/**
 * Demo data for the embedded quick start (dev profile only): cooperatives over the twelve regions,
 * their products with placeholder photos, trainings and programmes, created through the services so
 * that they obey the same rules as real data.
 */
package ma.coopmarket.demo;
