package io.terrain.waves.control;

import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The open sites a plan covers: under its org units (none, or the network's root: all), of its kind and segment. */
@ApplicationScoped
public class Perimeter {

    @Inject
    Network network;

    public List<SitePlacement> sites(Set<Long> orgUnitIds, SiteKind kind, String segment) {
        Map<Long, OrgUnitSummary> units = network.orgUnits().stream().collect(Collectors.toMap(OrgUnitSummary::id, u -> u));
        boolean wholeNetwork = orgUnitIds.isEmpty()
                || orgUnitIds.stream().map(units::get).filter(Objects::nonNull).anyMatch(u -> u.level() == OrgLevel.NETWORK);
        return network.sitePlacements().stream()
                .filter(s -> s.status() == SiteStatus.ACTIVE)
                .filter(s -> wholeNetwork || orgUnitIds.contains(s.regionId()) || orgUnitIds.contains(s.sectorId()))
                .filter(s -> kind == null || kind == s.kind())
                .filter(s -> segment == null || segment.equals(s.segment()))
                .toList();
    }
}
