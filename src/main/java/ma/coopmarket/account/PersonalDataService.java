package ma.coopmarket.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ma.coopmarket.order.CustomerDataService;
import ma.coopmarket.outbox.OutboxService;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.idempotency.IdempotencyService;
import ma.coopmarket.training.EnrollmentService;

/**
 * The rights of Law 09-08 over one's own account: access (the export) and erasure. Erasure keeps the
 * account's row, so that its orders still name a customer, but empties it: no name, e-mail, phone or
 * password is left; addresses, consents, sign-ins, codes, sessions, kept responses and the messages
 * sent to its phone or address go; orders stay for the cooperatives' accounts with the name, phone,
 * address and notes replaced.
 */
@ApplicationScoped
public class PersonalDataService {

    static final String ERASED_NAME = "Compte supprimé";

    private final UserAccountRepository accounts;
    private final SavedAddressRepository addresses;
    private final ConsentRepository consents;
    private final SignInEventRepository signIns;
    private final RefreshTokenRepository refreshTokens;
    private final CodeService codes;
    private final PasswordChecks passwordChecks;
    private final OutboxService outbox;
    private final CustomerDataService orders;
    private final EnrollmentService enrollments;
    private final IdempotencyService idempotency;

    public PersonalDataService(UserAccountRepository accounts, SavedAddressRepository addresses,
            ConsentRepository consents, SignInEventRepository signIns, RefreshTokenRepository refreshTokens,
            CodeService codes, PasswordChecks passwordChecks, OutboxService outbox, CustomerDataService orders,
            EnrollmentService enrollments, IdempotencyService idempotency) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.consents = consents;
        this.signIns = signIns;
        this.refreshTokens = refreshTokens;
        this.codes = codes;
        this.passwordChecks = passwordChecks;
        this.outbox = outbox;
        this.orders = orders;
        this.enrollments = enrollments;
        this.idempotency = idempotency;
    }

    @Transactional
    public AccountExport export(String accountId) {
        UserAccount account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new NotFoundException("Account", accountId));
        return new AccountExport(Instant.now(), AccountView.of(account),
                addresses.ofAccount(accountId).stream().map(SavedAddressView::of).toList(),
                consents.ofAccount(accountId).stream().map(ConsentView::of).toList(),
                signIns.ofAccount(accountId).stream().map(AccountExport.SignInView::of).toList(),
                orders.ordersOf(accountId), enrollments.madeBy(accountId));
    }

    /** A code to the account's verified phone, to confirm its deletion without a password. */
    @Transactional
    public CodeSent requestDeletionCode(String accountId, String client) {
        UserAccount account = deletable(accountId);
        if (account.verifiedPhone == null) {
            throw new ConflictException("no-verified-phone", "No verified phone",
                    "This account has no verified phone to send a code to; confirm the deletion with the password.");
        }
        return codes.issue(new CodeService.Request(CodePurpose.DELETE_ACCOUNT, OneTimeCodeIssued.Channel.SMS,
                account.verifiedPhone, account.id, account.preferredLanguage), client, true);
    }

    @Transactional(dontRollbackOn = InvalidCodeException.class)
    public void delete(String accountId, AccountDeletion proof) {
        UserAccount account = deletable(accountId);
        InvalidRequestException.requireExactlyOne("password", proof.password(), "code", proof.code());
        List<String> open = orders.openOrderReferences(accountId);
        if (!open.isEmpty()) {
            throw new ConflictException("open-orders", "Orders still open",
                    "The account cannot be deleted while these orders are open: " + String.join(", ", open)
                            + ". It can be once they are delivered, refused, cancelled or expired.",
                    open.stream().map(ref -> new FieldError("orders", ref + " is open")).toList());
        }
        if (proof.password() != null) {
            if (account.passwordHash == null) {
                throw new InvalidRequestException("password", "this account has no password; confirm with a code");
            }
            passwordChecks.requireCurrent(account, proof.password(), "password");
        } else {
            if (account.verifiedPhone == null) {
                throw new InvalidCodeException();
            }
            codes.spend(codes.check(CodePurpose.DELETE_ACCOUNT, account.verifiedPhone, accountId, proof.code()));
        }
        erase(account);
    }

    private void erase(UserAccount account) {
        List<String> contacts = Stream.of(account.email, account.phone, account.verifiedPhone)
                .filter(Objects::nonNull).distinct().toList();
        orders.anonymise(account.id);
        outbox.forgetDestinations(contacts);
        enrollments.forgetEnroller(account.id);
        idempotency.forgetCaller(account.id);
        addresses.deleteOfAccount(account.id);
        consents.deleteOfAccount(account.id);
        signIns.deleteOfAccount(account.id);
        refreshTokens.deleteOfAccount(account.id);
        codes.forget(account.id, contacts);
        account.email = null;
        account.emailVerifiedAt = null;
        account.phone = null;
        account.verifiedPhone = null;
        account.passwordHash = null;
        account.fullName = ERASED_NAME;
        account.deletedAt = Instant.now();
    }

    /** The account, locked; only a customer closes her own account (managers' accounts are an admin's). */
    private UserAccount deletable(String accountId) {
        UserAccount account = accounts.findByIdForUpdate(accountId)
                .orElseThrow(() -> new NotFoundException("Account", accountId));
        if (account.role != AccountRole.CUSTOMER) {
            throw new ConflictException("account-not-deletable", "Account not deletable here",
                    "Only a customer deletes her own account; a manager's or admin's account is closed by an admin.");
        }
        return account;
    }
}
