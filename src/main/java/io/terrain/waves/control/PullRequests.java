package io.terrain.waves.control;

import io.terrain.network.api.ManagedPerimeter;
import io.terrain.waves.control.planning.ProposalProblem;
import io.terrain.waves.entity.PullRequest;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a pull request covers, whose it is, and whether a wave's coaches can take its sites. */
public final class PullRequests {

    private PullRequests() {
    }

    /** The plan's rollouts the request is about: its unit's (as region or sector) or its single site's. */
    public static List<Rollout> covered(PullRequest request, Collection<Rollout> rollouts) {
        Long unit = request.getOrgUnitId();
        return rollouts.stream().filter(r -> unit != null
                ? unit.equals(r.getRegionId()) || unit.equals(r.getSectorId())
                : Objects.equals(request.getSiteId(), r.getSiteId())).toList();
    }

    /** Whether a line manager answers for what the request is about. */
    public static boolean within(PullRequest request, ManagedPerimeter perimeter, Map<Long, Rollout> rolloutsBySite) {
        if (request.getOrgUnitId() != null) {
            return perimeter.coversUnit(request.getOrgUnitId());
        }
        Rollout site = rolloutsBySite.get(request.getSiteId());
        return perimeter.siteIds().contains(request.getSiteId())
                || (site != null && perimeter.covers(site.getSiteId(), site.getRegionId(), site.getSectorId()));
    }

    /** A wave's weekly coach days against what its sites need ({@link ProposalProblem#DEFAULT_DAYS_PER_SITE} each). */
    public record Capacity(BigDecimal daysPerWeek, BigDecimal needed) {
        public boolean enough() {
            return needed.compareTo(daysPerWeek) <= 0;
        }
    }

    public static Capacity capacity(Wave wave, long sites) {
        BigDecimal days = wave.coachList().stream().map(c -> c.daysPerWeek()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Capacity(days.stripTrailingZeros(), ProposalProblem.DEFAULT_DAYS_PER_SITE.multiply(BigDecimal.valueOf(sites))
                .stripTrailingZeros());
    }
}
