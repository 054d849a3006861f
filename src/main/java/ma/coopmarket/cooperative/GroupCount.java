package ma.coopmarket.cooperative;

/** How many live cooperatives share one value of a dimension, and how many of them are women's. */
public record GroupCount(String code, long total, long women) {
}
