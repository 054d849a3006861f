package ma.coopmarket.training;

/** SCHEDULED until an organiser CANCELLED it (before its end) or marked it COMPLETED (once started). Both are final. */
public enum TrainingStatus {
    SCHEDULED, CANCELLED, COMPLETED
}
