package ma.coopmarket.training;

/** How a training is given: REMOTE (online) or ON_SITE (in a region, at a venue). */
public enum TrainingMode {
    REMOTE, ON_SITE
}
