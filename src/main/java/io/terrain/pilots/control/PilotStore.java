package io.terrain.pilots.control;

import io.terrain.pilots.entity.Pilot;
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

    public List<Pilot> all() {
        return em.createQuery("SELECT p FROM Pilot p ORDER BY p.pilotFrom DESC, p.id DESC", Pilot.class).getResultList();
    }

    public Optional<Pilot> byId(long id) {
        return Optional.ofNullable(em.find(Pilot.class, id));
    }

    public void add(Pilot pilot) {
        em.persist(pilot);
    }

    public void flush() {
        em.flush();
    }
}
