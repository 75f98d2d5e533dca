package io.terrain.coaches.control;

import io.terrain.coaches.entity.Visit;
import io.terrain.platform.persistence.Chunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Grouped reads of assignments and visits over many sites, a thousand ids per query. */
@ApplicationScoped
public class CoachingStore {

    @PersistenceContext
    EntityManager em;

    public Set<Long> coachedSites(Collection<Long> siteIds, LocalDate on) {
        Set<Long> coached = new HashSet<>();
        for (List<Long> chunk : Chunks.of(siteIds)) {
            coached.addAll(em.createQuery("SELECT DISTINCT a.siteId FROM Assignment a WHERE a.siteId IN :ids AND a.startsOn <= :on"
                    + " AND (a.endsOn IS NULL OR a.endsOn >= :on)", Long.class).setParameter("ids", chunk).setParameter("on", on)
                    .getResultList());
        }
        return coached;
    }

    public Map<Long, LocalDate> lastLoggedVisits(Collection<Long> siteIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (List<Long> chunk : Chunks.of(siteIds)) {
            for (Object[] row : em.createQuery("SELECT v.siteId, MAX(v.visitDate) FROM Visit v WHERE v.siteId IN :ids AND v.status = :logged"
                    + " GROUP BY v.siteId", Object[].class).setParameter("ids", chunk).setParameter("logged", Visit.Status.LOGGED)
                    .getResultList()) {
                last.put((Long) row[0], (LocalDate) row[1]);
            }
        }
        return last;
    }

    /** [the date, the coach's user id] of the first visit planned at the site on or after the day, if any. */
    public Optional<Object[]> nextPlanned(long siteId, LocalDate from) {
        return em.createQuery("SELECT v.visitDate, c.userId FROM Visit v, Coach c WHERE c.id = v.coachId AND v.siteId = :site"
                        + " AND v.status = :planned AND v.visitDate >= :from ORDER BY v.visitDate, v.id", Object[].class)
                .setParameter("site", siteId).setParameter("planned", Visit.Status.PLANNED).setParameter("from", from).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Per site: [visits logged, visits still planned] dated between the two days. */
    public Map<Long, int[]> visitCounts(Collection<Long> siteIds, LocalDate from, LocalDate to) {
        Map<Long, int[]> counts = new HashMap<>();
        for (List<Long> chunk : Chunks.of(siteIds)) {
            for (Object[] row : em.createQuery("SELECT v.siteId, v.status, COUNT(v) FROM Visit v WHERE v.siteId IN :ids"
                    + " AND v.visitDate BETWEEN :from AND :to GROUP BY v.siteId, v.status", Object[].class).setParameter("ids", chunk)
                    .setParameter("from", from).setParameter("to", to).getResultList()) {
                counts.computeIfAbsent((Long) row[0], s -> new int[2])[row[1] == Visit.Status.LOGGED ? 0 : 1] = ((Number) row[2]).intValue();
            }
        }
        return counts;
    }
}
