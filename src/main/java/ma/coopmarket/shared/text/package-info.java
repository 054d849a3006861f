/**
 * Text helpers: folding for accent- and diacritic-insensitive matching in French and Arabic.
 */
package ma.coopmarket.shared.text;
