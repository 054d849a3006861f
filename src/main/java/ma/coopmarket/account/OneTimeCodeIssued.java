package ma.coopmarket.account;

import ma.coopmarket.shared.text.Language;

/**
 * A code to send, fired inside the transaction that stored its hash: the SMS and e-mail features
 * queue the message in the outbox (as a secret message). Never logged, never stored in clear.
 */
public record OneTimeCodeIssued(Channel channel, String destination, CodePurpose purpose, String code,
        Language language, long validMinutes) {

    public enum Channel {
        SMS, EMAIL
    }

    @Override
    public String toString() {
        return "OneTimeCodeIssued[" + channel + ", " + purpose + "]";
    }
}
