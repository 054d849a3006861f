package ma.coopmarket.cooperative;

/** Fired synchronously, inside the transaction, when a cooperative is archived (its products leave the catalogue). */
public record CooperativeArchived(String cooperativeId) {
}
