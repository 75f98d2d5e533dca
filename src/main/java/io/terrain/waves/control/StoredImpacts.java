package io.terrain.waves.control;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.StaggeredImpact;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The impact of each plan on each of its KPIs, per comparison group, as last computed: a JSON
 * document per row, so that screens and dashboards read one row instead of millions of
 * measurements. A row is deleted when what it was computed from changes (adoptions, measurements).
 */
@ApplicationScoped
public class StoredImpacts {

    private final Jsonb json = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    public Optional<StaggeredImpact> read(long planId, String kpiCode, Comparison comparison) {
        List<?> rows = em.createNativeQuery("SELECT result FROM waves_impact_result WHERE plan_id = ? AND kpi_code = ? AND comparison = ?")
                .setParameter(1, planId).setParameter(2, kpiCode).setParameter(3, comparison.name()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(json.fromJson(String.valueOf(rows.get(0)), StaggeredImpact.class));
    }

    public void store(long planId, String kpiCode, Comparison comparison, StaggeredImpact impact) {
        forget(planId, kpiCode, comparison);
        em.createNativeQuery("INSERT INTO waves_impact_result (plan_id, kpi_code, comparison, computed_at, result) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, planId).setParameter(2, kpiCode).setParameter(3, comparison.name())
                .setParameter(4, LocalDateTime.now().withNano(0)).setParameter(5, json.toJson(impact)).executeUpdate();
    }

    private void forget(long planId, String kpiCode, Comparison comparison) {
        em.createNativeQuery("DELETE FROM waves_impact_result WHERE plan_id = ? AND kpi_code = ? AND comparison = ?")
                .setParameter(1, planId).setParameter(2, kpiCode).setParameter(3, comparison.name()).executeUpdate();
    }

    /** Forgets every stored result of a plan (its adoptions changed). */
    public void forgetPlan(long planId) {
        em.createNativeQuery("DELETE FROM waves_impact_result WHERE plan_id = ?").setParameter(1, planId).executeUpdate();
    }

    /** Forgets the stored results of these KPIs in every plan (their measurements changed); answers the plans touched. */
    public List<Long> forgetKpis(Collection<String> kpiCodes) {
        if (kpiCodes.isEmpty()) {
            return List.of();
        }
        List<Long> plans = em.createQuery("SELECT DISTINCT p.id FROM Plan p JOIN p.kpis k WHERE k.kpiCode IN :codes", Long.class)
                .setParameter("codes", kpiCodes).getResultList();
        var delete = em.createNativeQuery("DELETE FROM waves_impact_result WHERE kpi_code IN ("
                + "?,".repeat(kpiCodes.size() - 1) + "?)");
        int i = 1;
        for (String code : kpiCodes) {
            delete.setParameter(i++, code);
        }
        delete.executeUpdate();
        return plans;
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // Nothing held that matters at shutdown.
        }
    }
}
