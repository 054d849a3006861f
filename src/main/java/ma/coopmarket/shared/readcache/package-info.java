/**
 * The catalogue's read cache, in one place: public catalogue reads (products by id, catalogue pages)
 * kept in memory until the catalogue changes ({@code CatalogueVersion}, which learns of this instance's
 * commits at once and of other instances' by polling the change sequence; {@code VersionedCache}),
 * their JSON written once ({@code SharedBodies} for the methods marked {@code SerializedOnce}), and
 * large totals reused for a while ({@code CountCache}).
 */
package ma.coopmarket.shared.readcache;
