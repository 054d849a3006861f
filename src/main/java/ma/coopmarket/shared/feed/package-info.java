/**
 * Delta feeds: opaque cursors that carry the walk's filters, the feed query and its page of changes
 * with tombstones.
 */
package ma.coopmarket.shared.feed;
