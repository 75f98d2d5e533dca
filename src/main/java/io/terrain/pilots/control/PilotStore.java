package io.terrain.pilots.control;

import io.terrain.pilots.entity.Decision;
import io.terrain.pilots.entity.Perception;
import io.terrain.pilots.entity.Pilot;
import io.terrain.pilots.entity.PilotPackage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Pilots and their sites. */
@ApplicationScoped
public class PilotStore {

    @PersistenceContext
    EntityManager em;

    /**
     * Every pilot with its collections: each collection is read for all pilots in one query (EclipseLink batch reading,
     * IN), so a list of N pilots costs 8 queries, not the 1 + 7N that reading each pilot's summary lazily would.
     */
    public List<Pilot> all() {
        var query = em.createQuery("SELECT p FROM Pilot p ORDER BY p.pilotFrom DESC, p.id DESC", Pilot.class)
                .setHint(BATCH_TYPE, "IN");
        for (String collection : COLLECTIONS) {
            query.setHint(BATCH, "p." + collection);
        }
        return query.getResultList();
    }

    /** EclipseLink's query hints, by name (its annotations are not on the compile path: the server provides them). */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";
    private static final List<String> COLLECTIONS = List.of("stakeIds", "improvements", "team", "directorates", "kpis", "sites",
            "history");

    public Optional<Pilot> byId(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public List<Perception> perceptions(long pilotId) {
        return em.createQuery("SELECT p FROM Perception p WHERE p.pilotId = :id ORDER BY p.siteId, p.id", Perception.class)
                .setParameter("id", pilotId).getResultList();
    }

    public List<PilotPackage> packages(long pilotId) {
        return em.createQuery("SELECT p FROM PilotPackage p WHERE p.pilotId = :id ORDER BY p.versionNo DESC", PilotPackage.class)
                .setParameter("id", pilotId).getResultList();
    }

    public List<PilotPackage> publishedPackages() {
        return em.createQuery("SELECT p FROM PilotPackage p WHERE p.status = 'PUBLISHED' ORDER BY p.publishedAt DESC, p.id DESC",
                PilotPackage.class).getResultList();
    }

    public Optional<PilotPackage> pkg(long id) {
        return Optional.ofNullable(em.find(PilotPackage.class, id));
    }

    public List<Decision> decisions(long pilotId) {
        return em.createQuery("SELECT d FROM Decision d WHERE d.pilotId = :id ORDER BY d.decidedAt DESC, d.id DESC", Decision.class)
                .setParameter("id", pilotId).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
