package ma.coopmarket.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.jwt.JsonWebToken;


/**
 * The one place that decides who may do what to which cooperative's data. Roles gate operations
 * ({@code @RolesAllowed} on resources: 401 anonymous, 403 wrong role); this class decides
 * ownership: a caller who may not touch an object gets the same 404 as for a missing one, so
 * that its existence is not revealed.
 */
@ApplicationScoped
public class AccessPolicy {

    /**
     * What is being changed: a cooperative's profile (managers), its catalogue (also partners), or
     * its participation in trainings and programme calls (managers: enrolments, applications).
     */
    public enum Scope {
        PROFILE, CATALOG, TRAININGS
    }

    private final SecurityIdentity identity;
    private final ManagedCooperatives managed;

    public AccessPolicy(SecurityIdentity identity, ManagedCooperatives managed) {
        this.identity = identity;
        this.managed = managed;
    }

    public Caller caller() {
        if (identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        PartnerPrincipal partner = identity.getAttribute(PartnerPrincipal.ATTRIBUTE);
        if (partner != null) {
            return new Caller(Caller.Kind.PARTNER, partner.partnerId(), partner.permissions(), partner.cooperativeIds());
        }
        String id = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject()
                : identity.getPrincipal().getName();
        Caller.Kind kind = identity.hasRole(Roles.ADMIN) ? Caller.Kind.ADMIN
                : identity.hasRole(Roles.MANAGER) ? Caller.Kind.MANAGER
                : Caller.Kind.CUSTOMER;
        return new Caller(kind, id, Set.of(), Set.of());
    }

    /**
     * Passes if the caller may change this cooperative's {@code scope}; otherwise throws 401 or
     * 403 when the caller's kind can never do it, or {@code hidden} (a 404) when it could for
     * another cooperative.
     */
    public void requireManage(String cooperativeId, Scope scope, Supplier<? extends RuntimeException> hidden) {
        Caller caller = caller();
        switch (caller.kind()) {
            case ADMIN -> {
            }
            case MANAGER -> {
                if (!managed.of(caller.id()).contains(cooperativeId)) {
                    throw hidden.get();
                }
            }
            case PARTNER -> {
                if (scope != Scope.CATALOG || !caller.permissions().contains(Permission.CATALOG_WRITE)) {
                    throw new ForbiddenException();
                }
                if (!caller.partnerCooperativeIds().contains(cooperativeId)) {
                    throw hidden.get();
                }
            }
            case ANONYMOUS -> throw new UnauthorizedException();
            default -> throw new ForbiddenException();
        }
    }

    /** Which orders a caller may read: all (admins), their own (customers), or their cooperatives' parts. */
    public record OrderScope(boolean all, String customerId, Set<String> cooperativeIds) {
    }

    public OrderScope orderScope() {
        Caller caller = caller();
        return switch (caller.kind()) {
            case ADMIN -> new OrderScope(true, null, Set.of());
            case CUSTOMER -> new OrderScope(false, caller.id(), Set.of());
            case MANAGER -> new OrderScope(false, null, managed.of(caller.id()));
            case ANONYMOUS -> throw new UnauthorizedException();
            default -> throw new ForbiddenException();
        };
    }

    /**
     * Passes if the caller may move a cooperative's part of an order: its managers and admins for
     * the cooperative's moves (confirm, refuse, ship, deliver); the ordering customer and admins
     * for a cancellation. Others who could see neither get {@code hidden} (404).
     */
    public void requirePartMove(String cooperativeId, String customerId, boolean byCustomer,
            Supplier<? extends RuntimeException> hidden) {
        Caller caller = caller();
        boolean allowed = switch (caller.kind()) {
            case ADMIN -> true;
            case MANAGER -> !byCustomer && managed.of(caller.id()).contains(cooperativeId);
            case CUSTOMER -> byCustomer && caller.id().equals(customerId);
            case ANONYMOUS -> throw new UnauthorizedException();
            default -> throw new ForbiddenException();
        };
        if (!allowed) {
            throw hidden.get();
        }
    }

    /** Passes if the caller may see this cooperative's unpublished catalogue; 401 or 403 otherwise. */
    public void requireSeeUnpublished(String cooperativeId) {
        if (!canSeeUnpublished(cooperativeId)) {
            throw identity.isAnonymous() ? new UnauthorizedException() : new ForbiddenException();
        }
    }

    /** Whether the caller may see this cooperative's unpublished catalogue (drafts, archived). */
    public boolean canSeeUnpublished(String cooperativeId) {
        return unpublishedScope().includes(cooperativeId);
    }

    /**
     * The cooperatives whose unpublished catalogue the caller may see, worked out once (for a
     * feed page that checks many rows): all for admins, their own for managers, those in scope for
     * partners with a catalogue permission, none for others.
     */
    public CooperativeScope unpublishedScope() {
        Caller caller = caller();
        return switch (caller.kind()) {
            case ADMIN -> CooperativeScope.ALL;
            case MANAGER -> CooperativeScope.of(managed.of(caller.id()));
            case PARTNER -> hasCatalogPermission(caller.permissions())
                    ? CooperativeScope.of(caller.partnerCooperativeIds())
                    : CooperativeScope.NONE;
            default -> CooperativeScope.NONE;
        };
    }

    /**
     * The cooperatives whose training enrolments and programme applications the caller may read:
     * all of them for admins (who are the organisers), the managed ones for managers. 401 for
     * anonymous callers, 403 for customers and partners.
     */
    public CooperativeScope requireParticipationReader() {
        Caller caller = caller();
        return switch (caller.kind()) {
            case ADMIN -> CooperativeScope.ALL;
            case MANAGER -> CooperativeScope.of(managed.of(caller.id()));
            case ANONYMOUS -> throw new UnauthorizedException();
            default -> throw new ForbiddenException();
        };
    }

    /**
     * The caller's own cooperatives (a feed's {@code mine=true}): a partner's scope, a manager's
     * cooperatives, all for admins; 401 anonymous, 403 customers.
     */
    public CooperativeScope ownScope() {
        Caller caller = caller();
        return switch (caller.kind()) {
            case ADMIN -> CooperativeScope.ALL;
            case MANAGER -> CooperativeScope.of(managed.of(caller.id()));
            case PARTNER -> CooperativeScope.of(caller.partnerCooperativeIds());
            case ANONYMOUS -> throw new UnauthorizedException();
            default -> throw new ForbiddenException();
        };
    }

    /** The caller's own cooperatives as a feed filters them: empty when the caller may see them all. */
    public Optional<Collection<String>> ownCooperatives() {
        CooperativeScope own = ownScope();
        return own.all() ? Optional.empty() : Optional.of(own.ids());
    }

    /**
     * Passes if the caller organises trainings and programmes: records attendance, decides on
     * applications, downloads attendance lists. Organisers are admins; there is no separate role.
     */
    public void requireOrganiser() {
        Caller caller = caller();
        if (caller.kind() == Caller.Kind.ANONYMOUS) {
            throw new UnauthorizedException();
        }
        if (caller.kind() != Caller.Kind.ADMIN) {
            throw new ForbiddenException();
        }
    }

    /** The calling partner; 401 anonymous, 403 for any other kind of caller. */
    public Caller requirePartner() {
        Caller caller = caller();
        return switch (caller.kind()) {
            case PARTNER -> caller;
            case ANONYMOUS -> throw new UnauthorizedException();
            default -> throw new ForbiddenException();
        };
    }

    /** The calling partner if it holds CATALOG_WRITE (on the cooperatives of its scope); 403 otherwise. */
    public Caller requirePartnerWriter() {
        Caller caller = requirePartner();
        if (!caller.permissions().contains(Permission.CATALOG_WRITE)) {
            throw new ForbiddenException();
        }
        return caller;
    }

    /**
     * Whether a partner with these permissions and cooperatives may hear of a change in
     * {@code cooperativeId}'s catalogue or orders (webhooks): the same rule as for reading its
     * unpublished catalogue.
     */
    public static boolean partnerFollows(Set<Permission> permissions, Set<String> cooperativeIds, String cooperativeId) {
        return hasCatalogPermission(permissions) && cooperativeIds.contains(cooperativeId);
    }

    private static boolean hasCatalogPermission(Set<Permission> permissions) {
        return permissions.contains(Permission.CATALOG_READ) || permissions.contains(Permission.CATALOG_WRITE);
    }
}
