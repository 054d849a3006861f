/**
 * Change tracking: the commit-ordered change sequence behind the delta feeds, and the catalogue
 * version that lets instances keep public pages in memory until the catalogue changes.
 */
package ma.coopmarket.shared.changes;
