package ma.coopmarket.programme;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, String> {
}
