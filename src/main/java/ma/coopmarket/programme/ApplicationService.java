package ma.coopmarket.programme;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ma.coopmarket.cooperative.CooperativeFacts;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.security.AccessPolicy;
import ma.coopmarket.security.CooperativeScope;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.FieldError;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/**
 * Applications to calls: managers apply for their cooperatives (once per call, if eligible and
 * while the call is open); admins select or reject, never above the call's quota.
 */
@ApplicationScoped
public class ApplicationService {

    private final CallApplicationRepository applications;
    private final CallService calls;
    private final CooperativeService cooperatives;
    private final AccessPolicy access;

    public ApplicationService(CallApplicationRepository applications, CallService calls,
            CooperativeService cooperatives, AccessPolicy access) {
        this.applications = applications;
        this.calls = calls;
        this.cooperatives = cooperatives;
        this.access = access;
    }

    @Transactional
    public ApplicationView apply(String programmeId, String callId, ApplicationFields fields) {
        ProgrammeCall call = calls.require(programmeId, callId);
        CooperativeFacts cooperative = cooperatives.facts(fields.cooperativeId());
        access.requireManage(cooperative.id(), AccessPolicy.Scope.TRAININGS,
                () -> new NotFoundException("Cooperative", fields.cooperativeId()));
        call.requireOpen(Instant.now());
        List<FieldError> reasons = call.ineligibility(cooperative.regionCode(), cooperative.sectorCode(),
                cooperative.womenCooperative());
        if (!reasons.isEmpty()) {
            throw new ConflictException("not-eligible", "Cooperative not eligible",
                    "The cooperative does not meet the call's eligibility rules: "
                            + String.join("; ", reasons.stream().map(FieldError::message).toList()) + ".",
                    reasons);
        }
        if (applications.exists(call.id, cooperative.id())) {
            throw new ConflictException("duplicate-application", "Already applied",
                    "The cooperative has already applied to this call.");
        }
        CallApplication application = new CallApplication();
        application.call = call;
        application.cooperativeId = cooperative.id();
        application.motivation = fields.motivation() == null || fields.motivation().isBlank() ? null
                : fields.motivation().strip();
        applications.persist(application);
        applications.flush();
        return ApplicationView.of(application);
    }

    /** Admins see every application, managers those of their cooperatives. */
    public Page<ApplicationView> list(String programmeId, String callId, ApplicationFilter filter, PageParams paging) {
        CooperativeScope scope = access.requireParticipationReader();
        calls.require(programmeId, callId);
        StringBuilder where = new StringBuilder("call.id = :call");
        Map<String, Object> params = new HashMap<>();
        params.put("call", callId);
        if (filter.status != null) {
            where.append(" and status = :status");
            params.put("status", filter.status);
        }
        if (filter.cooperativeId != null) {
            if (!scope.includes(filter.cooperativeId)) {
                throw new NotFoundException("Cooperative", filter.cooperativeId);
            }
            where.append(" and cooperativeId = :cooperative");
            params.put("cooperative", filter.cooperativeId);
        }
        if (!scope.all()) {
            where.append(" and cooperativeId in :visible");
            params.put("visible", scope.ids().isEmpty() ? List.of("") : scope.ids());
        }
        var query = applications.find(where.toString(), Sort.ascending("createdAt", "id"), params);
        List<ApplicationView> items = query.page(paging.page, paging.size).list()
                .stream().map(ApplicationView::of).toList();
        return Page.of(items, paging, query.count());
    }

    public ApplicationView get(String programmeId, String callId, String applicationId) {
        CooperativeScope scope = access.requireParticipationReader();
        calls.require(programmeId, callId);
        CallApplication application = applications.findOf(callId, applicationId)
                .filter(a -> scope.includes(a.cooperativeId))
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        return ApplicationView.of(application);
    }

    /**
     * Selects or rejects an application. The application's row is locked first (two decisions on
     * it queue), then a selection takes a place of the quota with a conditional UPDATE; when no
     * place is left the whole transaction rolls back with a 409.
     */
    @Transactional
    public ApplicationView decide(String programmeId, String callId, String applicationId, ApplicationStatus target) {
        access.requireOrganiser();
        calls.require(programmeId, callId);
        CallApplication application = applications.lockOf(callId, applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        Instant now = Instant.now();
        switch (target) {
            case SELECTED -> {
                application.select(now);
                if (!calls.takePlace(callId)) {
                    throw new ConflictException("quota-reached", "Quota reached",
                            "The call has already selected as many cooperatives as its quota.");
                }
            }
            case REJECTED -> application.reject(now);
            default -> throw new InvalidRequestException("status", "must be SELECTED or REJECTED");
        }
        applications.flush();
        return ApplicationView.of(application);
    }
}
