/**
 * Shutdown: background work stops claiming and hands back what it claimed when the instance drains.
 */
package ma.coopmarket.shared.lifecycle;
