package ma.coopmarket.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.PhoneNumbers;

/**
 * The signed-in person's own profile: name and language, a new phone or e-mail address (proved by a
 * code sent to it), her password, and her consents. Each change locks the account's row.
 */
@ApplicationScoped
public class ProfileService {

    private final UserAccountRepository accounts;
    private final CodeService codes;
    private final TokenService tokens;
    private final PasswordHasher passwords;
    private final ConsentRepository consents;
    private final PasswordChecks passwordChecks;

    public ProfileService(UserAccountRepository accounts, CodeService codes, TokenService tokens,
            PasswordHasher passwords, ConsentRepository consents, PasswordChecks passwordChecks) {
        this.passwordChecks = passwordChecks;
        this.accounts = accounts;
        this.codes = codes;
        this.tokens = tokens;
        this.passwords = passwords;
        this.consents = consents;
    }

    @Transactional
    public AccountView update(String accountId, ProfilePatch patch) {
        UserAccount account = locked(accountId);
        if (patch.fullName() != null) {
            account.fullName = patch.fullName().strip();
        }
        if (patch.preferredLanguage() != null) {
            account.preferredLanguage = patch.preferredLanguage();
        }
        accounts.flush();
        return AccountView.of(account);
    }

    /** Sends a code to the new number; it becomes the account's when the code comes back. */
    @Transactional
    public CodeSent requestPhoneChange(String accountId, PhoneChange change, String client) {
        return requestChange(accountId, change.currentPassword(), CodePurpose.VERIFY_PHONE,
                OneTimeCodeIssued.Channel.SMS, PhoneNumbers.normalize(change.phone()), client);
    }

    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public AccountView confirmPhoneChange(String accountId, PhoneConfirmation confirmation) {
        String phone = PhoneNumbers.normalize(confirmation.phone());
        UserAccount account = locked(accountId);
        OneTimeCode code = codes.check(CodePurpose.VERIFY_PHONE, phone, accountId, confirmation.code());
        accounts.findByVerifiedPhone(phone).filter(other -> !other.id.equals(accountId)).ifPresent(other -> {
            throw new ConflictException("duplicate-phone", "Phone already registered",
                    "Another account signs in with this number.");
        });
        account.phone = phone;
        account.verifiedPhone = phone;
        codes.spend(code);
        accounts.flush();
        return AccountView.of(account);
    }

    /** Sends a code to the new address; it becomes the account's when the code comes back. */
    @Transactional
    public CodeSent requestEmailChange(String accountId, EmailChange change, String client) {
        return requestChange(accountId, change.currentPassword(), CodePurpose.VERIFY_EMAIL,
                OneTimeCodeIssued.Channel.EMAIL, change.email().strip().toLowerCase(), client);
    }

    /** After the current password, a code sent to {@code target}, the new number or address. */
    private CodeSent requestChange(String accountId, String currentPassword, CodePurpose purpose,
            OneTimeCodeIssued.Channel channel, String target, String client) {
        UserAccount account = locked(accountId);
        passwordChecks.requireCurrent(account, currentPassword, "currentPassword");
        return codes.issue(new CodeService.Request(purpose, channel, target, account.id, account.preferredLanguage),
                client, true);
    }

    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public AccountView confirmEmailChange(String accountId, EmailConfirmation confirmation) {
        String email = confirmation.email().strip().toLowerCase();
        UserAccount account = locked(accountId);
        OneTimeCode code = codes.check(CodePurpose.VERIFY_EMAIL, email, accountId, confirmation.code());
        accounts.findByEmail(email).filter(other -> !other.id.equals(accountId)).ifPresent(other -> {
            throw new ConflictException("duplicate-email", "Email already registered",
                    "An account with this email already exists.");
        });
        account.email = email;
        account.emailVerifiedAt = code.createdAt;
        codes.spend(code);
        accounts.flush();
        return AccountView.of(account);
    }

    /** A new password (the current one first, if any); every other session ends. */
    @Transactional
    public void changePassword(String accountId, PasswordChange change) {
        UserAccount account = locked(accountId);
        passwordChecks.requireCurrent(account, change.currentPassword(), "currentPassword");
        String violation = PasswordHasher.policyViolation(change.newPassword(), account.email);
        if (violation != null) {
            throw new InvalidRequestException("newPassword", violation);
        }
        account.passwordHash = passwords.hash(change.newPassword());
        tokens.revokeAll(accountId);
    }

    @Transactional
    public List<ConsentView> consents(String accountId) {
        return consents.ofAccount(accountId).stream().map(ConsentView::of).toList();
    }

    @Transactional
    public ConsentView changeConsent(String accountId, ConsentPurpose purpose, ConsentChange change) {
        locked(accountId);
        return ConsentView.of(consents.record(accountId, purpose, change.granted(), change.language()));
    }

    /** Whether the account may receive marketing SMS: its latest record for them grants it. */
    @Transactional
    public boolean acceptsMarketingSms(String accountId) {
        return consents.latest(accountId, ConsentPurpose.MARKETING_SMS).map(r -> r.granted).orElse(false);
    }

    private UserAccount locked(String accountId) {
        return accounts.findByIdForUpdate(accountId).orElseThrow(() -> new NotFoundException("Account", accountId))
                .active();
    }
}
