package ma.coopmarket.programme;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ma.coopmarket.shared.error.InvalidRequestException;
import ma.coopmarket.shared.error.NotFoundException;
import ma.coopmarket.shared.web.Page;
import ma.coopmarket.shared.web.PageParams;

/** Support programmes: public reads, admin writes; the public face of programmes for trainings and calls. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programmes;

    public ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    public Page<ProgrammeView> list(ProgrammeFilter filter, PageParams paging) {
        String where = "1 = 1";
        Map<String, Object> params = new HashMap<>();
        if (filter.active != null) {
            where = "active = :active";
            params.put("active", filter.active);
        }
        var query = programmes.find(where, Sort.ascending("nameFr", "id"), params);
        List<ProgrammeView> items = query.page(paging.page, paging.size).list()
                .stream().map(ProgrammeView::of).toList();
        return Page.of(items, paging, query.count());
    }

    public ProgrammeView get(String id) {
        return ProgrammeView.of(require(id));
    }

    @Transactional
    public ProgrammeView create(ProgrammeFields fields) {
        Programme programme = new Programme();
        apply(programme, fields);
        programmes.persist(programme);
        programmes.flush();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public ProgrammeView update(String id, ProgrammeFields fields) {
        Programme programme = require(id);
        apply(programme, fields);
        programmes.flush();
        return ProgrammeView.of(programme);
    }

    /** The programme, or a 404. */
    public Programme require(String id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    /** What a training shows of its programme; 404 if there is no such programme. */
    public ProgrammeSummary summary(String id) {
        return ProgrammeSummary.of(require(id));
    }

    /** The summaries of these programmes, by id (one query, for a page of trainings). */
    public Map<String, ProgrammeSummary> summaries(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return programmes.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, ProgrammeSummary::of));
    }

    /** The programme named by a body field, which must exist and be active (400 otherwise). */
    public Programme requireActive(String field, String id) {
        Programme programme = programmes.findByIdOptional(id)
                .orElseThrow(() -> new InvalidRequestException(field, "unknown programme '" + id + "'"));
        if (!programme.active) {
            throw new InvalidRequestException(field, "programme '" + id + "' is not active");
        }
        return programme;
    }

    private static void apply(Programme p, ProgrammeFields f) {
        p.nameFr = f.nameFr().strip();
        p.nameAr = f.nameAr().strip();
        p.nameEn = strip(f.nameEn());
        p.descriptionFr = strip(f.descriptionFr());
        p.descriptionAr = strip(f.descriptionAr());
        p.descriptionEn = strip(f.descriptionEn());
        p.organiser = f.organiser().strip();
        p.financingProgramme = strip(f.financingProgramme());
        p.financingUrl = strip(f.financingUrl());
        p.active = f.active() == null || f.active();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
