/**
 * Catalogue search on the database: Lucene analysis for Arabic, French and English, the per-product
 * search document, the word index as posting blocks written in the product's transaction, the
 * resumable backfill, ranking, type-ahead, corrections and facets, and the listings without a query.
 */
package ma.coopmarket.search;
