/**
 * The application's settings under {@code coopmarket.*}, as one {@code @ConfigMapping}.
 */
package ma.coopmarket.shared.config;
