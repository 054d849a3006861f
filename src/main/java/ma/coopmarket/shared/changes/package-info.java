/**
 * Change tracking: the commit-ordered change sequence behind the delta feeds and the read cache,
 * whose listeners ({@code CommitListener}) hear of each commit on this instance.
 */
package ma.coopmarket.shared.changes;
