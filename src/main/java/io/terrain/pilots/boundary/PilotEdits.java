package io.terrain.pilots.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.control.PilotStore;
import io.terrain.pilots.entity.Pilot;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

/** Finding a pilot to read or change, and saving it with its audit line: shared by the pilots' facades, in their transactions. */
@ApplicationScoped
class PilotEdits {

    @Inject
    PilotStore store;

    @Inject
    AuditTrail audit;

    public Pilot find(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("Pilot", id));
    }

    public Pilot forEdit(long id, long expectedVersion) {
        Pilot pilot = find(id);
        if (pilot.getVersion() != expectedVersion) {
            throw new EditConflict("Pilot", id);
        }
        return pilot;
    }

    /** A pilot whose design and sites may still change: not yet validated or rejected. */
    public Pilot forDesign(long id, long expectedVersion) {
        Pilot pilot = forEdit(id, expectedVersion);
        if (pilot.getStatus().isClosed()) {
            throw new InvalidInput(Problem.of("status", "pilot.closed", pilot.getStatus()));
        }
        return pilot;
    }

    public PilotSummary saved(Pilot pilot, String action) {
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Pilot", pilot.getId());
        }
        audit.record("Pilot", pilot.getId(), action, AuditDetail.of("audit.detail.status", AuditDetail.term("pilot.status." + pilot.getStatus())));
        return pilot.summary();
    }
}
