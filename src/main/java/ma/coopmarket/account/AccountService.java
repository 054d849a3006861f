package ma.coopmarket.account;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;

import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.text.Language;

/** Accounts: customers' registration, managers' creation and binding, the first admin. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final UserAccountRepository accounts;
    private final PasswordHasher passwords;
    private final CooperativeService cooperatives;
    private final AdminConfig config;

    public AccountService(UserAccountRepository accounts, PasswordHasher passwords, CooperativeService cooperatives,
            AdminConfig config) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.cooperatives = cooperatives;
        this.config = config;
    }

    @Transactional
    public AccountView register(RegistrationFields fields) {
        UserAccount account = newAccount(fields.email(), fields.phone(), fields.fullName(), fields.password(),
                fields.preferredLanguage(), AccountRole.CUSTOMER);
        return AccountView.of(account);
    }

    @Transactional
    public AccountView createManager(ManagerFields fields) {
        Set<String> bound = checkedCooperatives(fields.cooperativeIds());
        UserAccount account = newAccount(fields.email(), fields.phone(), fields.fullName(), fields.password(),
                fields.preferredLanguage(), AccountRole.COOPERATIVE_MANAGER);
        account.cooperativeIds.addAll(bound);
        return AccountView.of(account);
    }

    @Transactional
    public AccountView bindManager(String managerId, List<String> cooperativeIds) {
        UserAccount account = accounts.findByIdOptional(managerId)
                .filter(a -> a.role == AccountRole.COOPERATIVE_MANAGER)
                .orElseThrow(() -> new NotFoundException("Manager", managerId));
        Set<String> bound = checkedCooperatives(cooperativeIds);
        account.cooperativeIds.clear();
        account.cooperativeIds.addAll(bound);
        accounts.flush();
        return AccountView.of(account);
    }

    public AccountView get(String id) {
        return accounts.findByIdOptional(id).map(AccountView::of).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional
    void createFirstAdmin(@Observes StartupEvent event) {
        if (config.email().isEmpty() || config.password().isEmpty()
                || accounts.anyWithRole(AccountRole.ADMIN)) {
            return;
        }
        newAccount(config.email().get(), null, "Administrator", config.password().get(), Language.fr,
                AccountRole.ADMIN);
        LOG.infof("Created the first admin account %s", config.email().get());
    }

    private UserAccount newAccount(String email, String phone, String fullName, String password, Language language,
            AccountRole role) {
        String normalizedEmail = email.strip().toLowerCase();
        String violation = PasswordHasher.policyViolation(password, normalizedEmail);
        if (violation != null) {
            throw new InvalidRequestException("password", violation);
        }
        if (accounts.findByEmail(normalizedEmail).isPresent()) {
            throw new ConflictException("duplicate-email", "Email already registered",
                    "An account with this email already exists.");
        }
        UserAccount account = new UserAccount();
        account.email = normalizedEmail;
        account.phone = phone;
        account.fullName = fullName.strip();
        account.passwordHash = passwords.hash(password);
        account.role = role;
        account.preferredLanguage = language;
        accounts.persist(account);
        return account;
    }

    private Set<String> checkedCooperatives(List<String> ids) {
        Set<String> checked = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!cooperatives.exists(id)) {
                throw new InvalidRequestException("cooperativeIds[" + i + "]", "unknown cooperative '" + id + "'");
            }
            checked.add(id);
        }
        return checked;
    }
}
