package io.terrain.waves.boundary;

import io.terrain.coaches.api.Coaches;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who sees which rollouts. Administrators, program managers and executives see the whole network; a line manager
 * the units and sites they answer for; a coach the sites assigned to them today. Outside, a site answers 404, as if
 * it were not rolled out: nobody learns what they may not see.
 */
@ApplicationScoped
public class RolloutScope {

    @Inject
    CurrentUser currentUser;

    @Inject
    Network network;

    @Inject
    Coaches coaches;

    @Inject
    WaveStore store;

    public boolean seesWholeNetwork() {
        return currentUser.isSystemTask() || currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)
                || currentUser.hasRole(Role.EXECUTIVE);
    }

    /** The line manager's perimeter, or empty when the caller is not limited to one (or limited as a coach). */
    public Optional<ManagedPerimeter> linePerimeter() {
        if (seesWholeNetwork() || !currentUser.hasRole(Role.LINE_MANAGER)) {
            return Optional.empty();
        }
        return Optional.of(currentUser.id().map(network::managedBy).orElse(ManagedPerimeter.NOTHING));
    }

    /** The line manager's perimeter, or 404 for anyone else outside the whole-network roles. */
    public ManagedPerimeter requireLinePerimeter(String what, Object id) {
        return linePerimeter().orElseThrow(() -> new NotFound(what, id));
    }

    /** A plan is visible to a line manager when it rolls out to at least one site of theirs. */
    public boolean seesPlan(Plan plan) {
        if (seesWholeNetwork()) {
            return true;
        }
        return linePerimeter().map(p -> store.anyRollout(plan.getId(), p)).orElse(false);
    }

    /** The plan, when the caller sees it; 404 otherwise (as if it did not exist). */
    public Plan visiblePlan(long planId) {
        return store.plan(planId).filter(this::seesPlan).orElseThrow(() -> new NotFound("RolloutPlan", planId));
    }

    public boolean sees(Rollout rollout) {
        if (seesWholeNetwork()) {
            return true;
        }
        Optional<ManagedPerimeter> perimeter = linePerimeter();
        if (perimeter.isPresent() && perimeter.get().covers(rollout.getSiteId(), rollout.getRegionId(), rollout.getSectorId())) {
            return true;
        }
        return currentUser.hasRole(Role.COACH) && coaches.isMySite(rollout.getSiteId(), LocalDate.now());
    }

    public void checkVisible(Rollout rollout) {
        if (!sees(rollout)) {
            throw new NotFound("SiteRollout", rollout.getSiteId());
        }
    }
}
