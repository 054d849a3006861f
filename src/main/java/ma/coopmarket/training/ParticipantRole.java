package ma.coopmarket.training;

/** A participant's role in their cooperative. */
public enum ParticipantRole {
    PRESIDENT, TREASURER, SECRETARY, BOARD_MEMBER, MEMBER, EMPLOYEE, OTHER
}
