package ma.coopmarket.cooperative;

/** Legal form under Moroccan law 112-12: a cooperative, a union of cooperatives, a federation. */
public enum LegalForm {
    COOPERATIVE, UNION, FEDERATION
}
