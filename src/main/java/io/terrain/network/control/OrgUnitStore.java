package io.terrain.network.control;

import io.terrain.network.entity.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class OrgUnitStore {

    @PersistenceContext
    EntityManager em;

    /** Parents before children (network, regions, sectors), each level by name. */
    public List<OrgUnit> all() {
        return em.createQuery("SELECT o FROM OrgUnit o LEFT JOIN FETCH o.parent ORDER BY o.level, o.name", OrgUnit.class)
                .getResultList();
    }

    public Optional<OrgUnit> byId(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    public Optional<OrgUnit> byCode(String code) {
        return em.createQuery("SELECT o FROM OrgUnit o WHERE o.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Map<String, OrgUnit> byCode() {
        Map<String, OrgUnit> units = new HashMap<>();
        all().forEach(u -> units.put(u.getCode(), u));
        return units;
    }

    public void add(OrgUnit unit) {
        em.persist(unit);
    }

    public void flush() {
        em.flush();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM OrgUnit o", Long.class).getSingleResult();
    }
}
