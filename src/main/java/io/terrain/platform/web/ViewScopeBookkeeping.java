package io.terrain.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Forgets what Mojarra keeps, per session, of views it has already let go. Mojarra 4.0 (Payara 6) holds a
 * session's {@code @ViewScoped} beans in its 25 most recent view maps (older ones are evicted, their beans
 * destroyed), but its CDI side also records, per view ever built, a small map naming those beans — and never
 * removes that record, only the whole set when the session ends. Every page opened therefore left some 250 bytes
 * in the session (and in its replicated copy) for as long as the session lived: found by the soak of
 * {@code .ci/faults} (one record per dashboard page served, 2,970 of them after seven minutes), and a way for one
 * signed-in client requesting pages in a loop to fill the heap. After each rendered page, the records of views no
 * longer among the session's view maps are dropped.
 */
public class ViewScopeBookkeeping implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Mojarra's session attribute: the records, by view map id ({@code ViewScopeContextManager}). */
    static final String RECORDS = "com.sun.faces.application.view.activeViewContexts";
    /** Mojarra's session attribute: the session's live view maps, by the same id ({@code ViewScopeManager}). */
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (session.get(RECORDS) instanceof Map<?, ?> records && session.get(VIEW_MAPS) instanceof Map<?, ?> viewMaps
                && forgetEvictedViews(viewMaps, records) > 0) {
            // Set again so that the session's replicated copy (web.xml: distributable) loses them too.
            session.put(RECORDS, records);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before rendering.
    }

    /**
     * Removes the records whose view map is no longer live; answers how many. Safe beside a request of the same
     * session building a view: Mojarra adds a view map before its record, and a view map once evicted never comes
     * back (its id is a random UUID), so a record is removed only once its view map is gone for good.
     */
    static int forgetEvictedViews(Map<?, ?> viewMaps, Map<?, ?> records) {
        int forgotten = 0;
        for (Object viewMapId : records.keySet().toArray()) {
            if (!viewMaps.containsKey(viewMapId) && records.remove(viewMapId) != null) {
                forgotten++;
            }
        }
        return forgotten;
    }
}
