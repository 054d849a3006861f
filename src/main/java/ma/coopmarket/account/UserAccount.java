package ma.coopmarket.account;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import ma.coopmarket.shared.error.UnauthenticatedException;
import ma.coopmarket.shared.persistence.AuditedEntity;
import ma.coopmarket.shared.text.Language;

/** A person who signs in: a customer, a cooperative manager or an admin. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AuditedEntity {

    /** Lower case; absent for an account opened by phone. */
    public String email;

    /** The contact number (E.164). */
    public String phone;

    /** The phone this person proved to hold with a code: she may sign in with it. Unique. */
    @Column(name = "verified_phone")
    public String verifiedPhone;

    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;

    /** Set when the account was erased (its personal data replaced, Law 09-08). */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** bcrypt; never leaves this class's table, never logged. Absent until an account opened by phone sets one. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false)
    public Language preferredLanguage;

    /** For managers: the cooperatives they manage. */
    @ElementCollection
    @CollectionTable(name = "manager_cooperative", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "cooperative_id")
    public Set<String> cooperativeIds = new HashSet<>();

    /** This account, unless it was deleted (401: an access token outlives its account by minutes). */
    UserAccount active() {
        if (deletedAt != null) {
            throw new UnauthenticatedException("account-deleted", "This account was deleted.");
        }
        return this;
    }
}
