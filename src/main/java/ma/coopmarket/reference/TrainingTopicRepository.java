package ma.coopmarket.reference;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TrainingTopicRepository implements PanacheRepositoryBase<TrainingTopic, String> {

    public List<TrainingTopic> listByCode() {
        return listAll(Sort.by("code"));
    }
}
