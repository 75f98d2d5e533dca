package io.terrain.indicators.control;

import io.terrain.indicators.entity.Kpi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class KpiStore {

    @PersistenceContext
    EntityManager em;

    public List<Kpi> all() {
        return em.createQuery("SELECT k FROM Kpi k ORDER BY k.code", Kpi.class).getResultList();
    }

    public Optional<Kpi> byId(long id) {
        return Optional.ofNullable(em.find(Kpi.class, id));
    }

    public Optional<Kpi> byCode(String code) {
        return em.createQuery("SELECT k FROM Kpi k WHERE k.code = :code", Kpi.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public void add(Kpi kpi) {
        em.persist(kpi);
    }

    public void flush() {
        em.flush();
    }
}
