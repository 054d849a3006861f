package ma.coopmarket.cooperative;

/**
 * What other features need to know of a cooperative (eligibility, enrolment, attendance lists),
 * without its entity: its id, names, region, sector and whether it is a women's cooperative.
 */
public record CooperativeFacts(String id, String nameFr, String nameAr, String regionCode, String sectorCode,
        boolean womenCooperative) {

    static CooperativeFacts of(Cooperative c) {
        return new CooperativeFacts(c.id, c.nameFr, c.nameAr, c.regionCode, c.sectorCode, c.womenCooperative);
    }
}
