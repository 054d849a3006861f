package ma.coopmarket.sms;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an inbound SMS did (an answer SMS went back to the cooperative where useful). */
@Schema(name = "InboundSmsResult")
public record InboundResult(Outcome outcome) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InboundSmsOutcome")
    public enum Outcome {
        CONFIRMED, REFUSED, UNKNOWN_CODE, NOT_ALLOWED_NOW, NOT_UNDERSTOOD, UNKNOWN_SENDER
    }
}
