/**
 * The product catalogue: products and their fields, the public listing and search pages (through
 * {@code search}), the read cache of public pages, stock taken and given back, partners' batch upserts
 * and lookup by reference, and the delta feed of product changes.
 */
package ma.coopmarket.product;
