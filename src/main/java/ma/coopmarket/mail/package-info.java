/**
 * E-mail: the outbox channel that delivers it, the templates in French, Arabic and English, and the
 * {@code Mailer} behind it (a log mailer by default).
 */
package ma.coopmarket.mail;
