package ma.coopmarket.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ma.coopmarket.reference.ReferenceDataService;
import ma.coopmarket.shared.error.ConflictException;
import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/** Calls for applications of a programme: public reads, admin writes. */
@ApplicationScoped
public class CallService {

    private final ProgrammeCallRepository calls;
    private final ProgrammeService programmes;
    private final ReferenceDataService reference;

    public CallService(ProgrammeCallRepository calls, ProgrammeService programmes, ReferenceDataService reference) {
        this.calls = calls;
        this.programmes = programmes;
        this.reference = reference;
    }

    public Page<CallView> list(String programmeId, PageParams paging) {
        programmes.require(programmeId);
        var query = calls.find("programme.id = :programme", Sort.descending("opensAt", "id"),
                Parameters.with("programme", programmeId));
        Instant now = Instant.now();
        List<CallView> items = query.page(paging.page, paging.size).list()
                .stream().map(c -> CallView.of(c, now)).toList();
        return Page.of(items, paging, query.count());
    }

    public CallView get(String programmeId, String callId) {
        return CallView.of(require(programmeId, callId), Instant.now());
    }

    @Transactional
    public CallView create(String programmeId, CallFields fields) {
        Programme programme = programmes.require(programmeId);
        if (!programme.active) {
            throw new ConflictException("programme-inactive", "Programme not active",
                    "Programme '" + programmeId + "' is not active; it takes no new calls.");
        }
        check(fields);
        ProgrammeCall call = new ProgrammeCall();
        call.programme = programme;
        apply(call, fields);
        calls.persist(call);
        calls.flush();
        return CallView.of(call, Instant.now());
    }

    /** Replaces the call's fields; the call's row is locked so that the quota check sees every selection. */
    @Transactional
    public CallView update(String programmeId, String callId, CallFields fields) {
        ProgrammeCall call = calls.lockOf(programmeId, callId).orElseThrow(() -> new NotFoundException("Call", callId));
        check(fields);
        if (fields.quota() < call.selectedCount) {
            throw new ConflictException("quota-below-selected", "Quota below selections",
                    "The call already selected " + call.selectedCount + " cooperatives; the quota cannot be lower.");
        }
        apply(call, fields);
        calls.flush();
        return CallView.of(call, Instant.now());
    }

    /** The call, which must belong to the programme; 404 otherwise. */
    public ProgrammeCall require(String programmeId, String callId) {
        return calls.findOf(programmeId, callId).orElseThrow(() -> new NotFoundException("Call", callId));
    }

    /** Takes one place of the call's quota; false when the quota is reached. Runs in the caller's transaction. */
    boolean takePlace(String callId) {
        return calls.takePlace(callId);
    }

    private void check(CallFields fields) {
        if (!fields.closesAt().isAfter(fields.opensAt())) {
            throw new InvalidRequestException("closesAt", "must be after opensAt");
        }
        Eligibility rules = fields.eligibility();
        if (rules != null) {
            List<String> regions = rules.regions() == null ? List.of() : rules.regions();
            for (int i = 0; i < regions.size(); i++) {
                reference.requireRegion("eligibility.regions[" + i + "]", regions.get(i));
            }
            List<String> sectors = rules.sectors() == null ? List.of() : rules.sectors();
            for (int i = 0; i < sectors.size(); i++) {
                reference.requireSector("eligibility.sectors[" + i + "]", sectors.get(i));
            }
        }
    }

    private static void apply(ProgrammeCall c, CallFields f) {
        c.titleFr = f.titleFr().strip();
        c.titleAr = f.titleAr().strip();
        c.titleEn = strip(f.titleEn());
        c.descriptionFr = strip(f.descriptionFr());
        c.descriptionAr = strip(f.descriptionAr());
        c.descriptionEn = strip(f.descriptionEn());
        c.quota = f.quota();
        c.opensAt = f.opensAt();
        c.closesAt = f.closesAt();
        Eligibility rules = f.eligibility();
        c.eligibleRegions = rules == null || rules.regions() == null ? List.of()
                : new ArrayList<>(rules.regions().stream().distinct().toList());
        c.eligibleSectors = rules == null || rules.sectors() == null ? List.of()
                : new ArrayList<>(rules.sectors().stream().distinct().toList());
        c.womenOnly = rules != null && Boolean.TRUE.equals(rules.womenOnly());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
