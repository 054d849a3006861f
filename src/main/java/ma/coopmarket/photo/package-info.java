/**
 * Product photos: upload, type sniffing and limits, EXIF orientation and metadata removal, variants in
 * WebP and JPEG, alt texts and order, serving with long-lived caching, and the import of partners'
 * photo URLs through the SSRF guard.
 */
package ma.coopmarket.photo;
