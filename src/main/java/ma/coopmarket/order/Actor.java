package ma.coopmarket.order;

/** Who moved an order part: a person (by account id), a partner, or the system (expiry). */
public record Actor(Kind kind, String id) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ActorKind")
    public enum Kind {
        CUSTOMER, MANAGER, ADMIN, SYSTEM, SMS
    }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);
}
