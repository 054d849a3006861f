package ma.coopmarket.programme;

/** Where an application to a call stands: SUBMITTED, then SELECTED or REJECTED by an admin (final). */
public enum ApplicationStatus {
    SUBMITTED, SELECTED, REJECTED
}
