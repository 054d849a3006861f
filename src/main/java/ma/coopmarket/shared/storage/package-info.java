/**
 * Object storage for files (photos): the file system or any S3-compatible store.
 */
package ma.coopmarket.shared.storage;
