package ma.coopmarket.mail;

/** What the outbox stores for an e-mail. */
public record EmailPayload(String from, String to, String subject, String text, String language) {
}
