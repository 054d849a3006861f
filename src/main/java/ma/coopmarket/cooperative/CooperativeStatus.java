package ma.coopmarket.cooperative;

/** Verification status of a cooperative, owned by the platform team, never by the cooperative. */
public enum CooperativeStatus {
    PENDING, VERIFIED, SUSPENDED
}
