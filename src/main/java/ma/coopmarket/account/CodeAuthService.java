package ma.coopmarket.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.PhoneNumbers;

/**
 * Sign-in by a code sent by SMS (which opens an account for a new number) and password recovery by
 * a code sent by SMS or e-mail. A request for a code gets the same answer whether or not an account
 * holds the phone or address; only the person who receives the code learns more.
 */
@ApplicationScoped
public class CodeAuthService {

    private final UserAccountRepository accounts;
    private final CodeService codes;
    private final TokenService tokens;
    private final PasswordHasher passwords;
    private final ConsentRepository consents;

    public CodeAuthService(UserAccountRepository accounts, CodeService codes, TokenService tokens,
            PasswordHasher passwords, ConsentRepository consents) {
        this.accounts = accounts;
        this.codes = codes;
        this.tokens = tokens;
        this.passwords = passwords;
        this.consents = consents;
    }

    /** A sign-in code to any mobile number: an account holds it or one will be opened with it. */
    @Transactional
    public CodeSent requestSignInCode(PhoneCodeRequest request, String client) {
        String phone = PhoneNumbers.normalize(request.phone());
        Language language = accounts.findByVerifiedPhone(phone).map(a -> a.preferredLanguage)
                .orElse(request.language() == null ? Language.fr : request.language());
        return codes.issue(new CodeService.Request(CodePurpose.SIGN_IN, OneTimeCodeIssued.Channel.SMS, phone, null,
                language), client, true);
    }

    /** The signed-in result: tokens, and whether the account was opened by this call. */
    public record SignedIn(TokenResponse tokens, boolean created) {
    }

    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public SignedIn signIn(PhoneSignIn request, String client) {
        String phone = PhoneNumbers.normalize(request.phone());
        OneTimeCode code = codes.check(CodePurpose.SIGN_IN, phone, request.code());
        Optional<UserAccount> existing = accounts.findByVerifiedPhone(phone);
        UserAccount account;
        if (existing.isPresent()) {
            // Staff sign in with their password: a SIM swap must not open a manager's or an admin's account.
            if (existing.get().role != AccountRole.CUSTOMER) {
                throw new InvalidCodeException();
            }
            account = existing.get();
        } else {
            account = open(phone, request);
        }
        codes.spend(code);
        return new SignedIn(tokens.signedInWithCode(account, client), existing.isEmpty());
    }

    /** A new customer account from a proven phone; the code stays usable if the fields are missing. */
    private UserAccount open(String phone, PhoneSignIn request) {
        List<FieldError> missing = new ArrayList<>();
        if (request.fullName() == null || request.fullName().isBlank()) {
            missing.add(new FieldError("fullName", "is required to open an account for this number"));
        }
        if (request.preferredLanguage() == null) {
            missing.add(new FieldError("preferredLanguage", "is required to open an account for this number"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        UserAccount account = new UserAccount();
        account.phone = phone;
        account.verifiedPhone = phone;
        account.fullName = request.fullName().strip();
        account.role = AccountRole.CUSTOMER;
        account.preferredLanguage = request.preferredLanguage();
        accounts.persist(account);
        if (Boolean.TRUE.equals(request.marketingSms())) {
            consents.record(account.id, ConsentPurpose.MARKETING_SMS, true, request.preferredLanguage());
        }
        return account;
    }

    /** A reset code by SMS to an account's verified phone, or by e-mail to its address; nothing for others. */
    @Transactional
    public CodeSent requestResetCode(PasswordResetCodeRequest request, String client) {
        Target target = target(request.phone(), request.email());
        Optional<UserAccount> account = target.account(accounts);
        return codes.issue(new CodeService.Request(CodePurpose.RESET_PASSWORD, target.channel(), target.destination(),
                null, account.map(a -> a.preferredLanguage).orElse(Language.fr)), client, account.isPresent());
    }

    /** A new password with a reset code; every session of the account ends. */
    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public void resetPassword(PasswordReset request) {
        Target target = target(request.phone(), request.email());
        OneTimeCode code = codes.check(CodePurpose.RESET_PASSWORD, target.destination(), request.code());
        UserAccount account = target.account(accounts).orElseThrow(InvalidCodeException::new);
        String violation = PasswordHasher.policyViolation(request.newPassword(), account.email);
        if (violation != null) {
            throw new InvalidRequestException("newPassword", violation);
        }
        account.passwordHash = passwords.hash(request.newPassword());
        codes.spend(code);
        tokens.revokeAll(account.id);
    }

    /** Where a reset code goes: exactly one of a phone and an e-mail address. */
    private record Target(OneTimeCodeIssued.Channel channel, String destination) {

        /** By SMS, only customers (staff reset by e-mail: a SIM swap must not reset their password). */
        Optional<UserAccount> account(UserAccountRepository accounts) {
            return channel == OneTimeCodeIssued.Channel.SMS
                    ? accounts.findByVerifiedPhone(destination).filter(a -> a.role == AccountRole.CUSTOMER)
                    : accounts.findByEmail(destination);
        }
    }

    private static Target target(String phone, String email) {
        InvalidRequestException.requireExactlyOne("phone", phone, "email", email);
        return phone != null ? new Target(OneTimeCodeIssued.Channel.SMS, PhoneNumbers.normalize(phone))
                : new Target(OneTimeCodeIssued.Channel.EMAIL, email.strip().toLowerCase());
    }
}
