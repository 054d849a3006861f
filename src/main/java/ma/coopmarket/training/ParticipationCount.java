package ma.coopmarket.training;

/**
 * Enrolments that held a seat, for one value of a dimension (region, topic or programme id):
 * participants, those who attended (attended or completed), completions, and women participants.
 */
public record ParticipationCount(String code, long participants, long attended, long completions, long women) {
}
