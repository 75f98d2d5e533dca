package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.Place;
import io.terrain.dashboards.api.PlaceLevel;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.RolloutPlace;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which place of the network a dashboard shows and whether the caller may see it: the whole network for
 * administrators, program managers and executives; for a line manager, the units and sites they answer for (their
 * highest unit when they name none), anything else answering 404 as if it did not exist.
 */
@RequestScoped
public class PlaceScope {

    @Inject
    Network network;

    @Inject
    CurrentUser currentUser;

    private Map<Long, OrgUnitSummary> units;
    private ManagedPerimeter perimeter;

    /** The place asked for (a unit, a site, or neither: the caller's default), checked against the caller's scope. */
    public Place resolve(Long unitId, Long siteId) {
        if (unitId != null && siteId != null) {
            throw new InvalidInput(Problem.of("site", "dashboards.place.both"));
        }
        if (siteId != null) {
            // Placements and names any reader of a perimeter may ask for; whether this reader may see the site is decided here.
            SitePlacement site = network.placementsOf(List.of(siteId)).stream().findFirst().orElseThrow(() -> new NotFound("Site", siteId));
            if (lineManager() && !perimeter().covers(siteId, site.regionId(), site.sectorId())) {
                throw new NotFound("Site", siteId);
            }
            String name = network.sitesByIds(List.of(siteId)).stream().map(SiteSummary::name).findFirst().orElse("");
            return new Place(PlaceLevel.SITE, siteId, site.code() + " · " + name);
        }
        if (unitId != null) {
            OrgUnitSummary unit = Optional.ofNullable(units().get(unitId)).orElseThrow(() -> new NotFound("OrgUnit", unitId));
            if (lineManager() && !perimeter().coversUnit(unitId)) {
                throw new NotFound("OrgUnit", unitId);
            }
            return place(unit);
        }
        return defaultPlace();
    }

    /** The places above this one that the caller may open, the highest first. */
    public List<Place> breadcrumb(Place place) {
        List<Place> above = new ArrayList<>();
        Long parent = switch (place.level()) {
            case NETWORK -> null;
            case SITE -> network.placementsOf(List.of(place.id())).stream().findFirst()
                    .map(p -> p.sectorId() != null ? p.sectorId() : p.regionId()).orElse(null);
            default -> units().get(place.id()).parentId();
        };
        while (parent != null) {
            OrgUnitSummary unit = units().get(parent);
            if (unit == null || (lineManager() && !perimeter().coversUnit(unit.id()))) {
                break;
            }
            above.add(place(unit));
            parent = unit.parentId();
        }
        Collections.reverse(above);
        return above;
    }

    /** The rollout rows of the place: a region's, a sector's, a site's, everywhere for the network. */
    public RolloutPlace rolloutPlace(Place place) {
        return switch (place.level()) {
            case NETWORK -> RolloutPlace.EVERYWHERE;
            case REGION -> RolloutPlace.region(place.id());
            case SECTOR -> RolloutPlace.sector(place.id());
            case SITE -> RolloutPlace.site(place.id());
        };
    }

    /** The place and every unit under it (empty for a site): what line-management figures are kept to. */
    public Set<Long> unitsWithin(Place place) {
        if (place.level() == PlaceLevel.SITE) {
            return Set.of();
        }
        if (place.level() == PlaceLevel.NETWORK) {
            return units().keySet();
        }
        Set<Long> within = new HashSet<>(Set.of(place.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrgUnitSummary unit : units().values()) {
                if (unit.parentId() != null && within.contains(unit.parentId()) && within.add(unit.id())) {
                    grew = true;
                }
            }
        }
        return within;
    }

    /** Whether the caller may read this site: always for the network's readers, within their perimeter for a line manager. */
    public boolean sees(SitePlacement site) {
        return !lineManager() || perimeter().covers(site.siteId(), site.regionId(), site.sectorId());
    }

    /** Of these sites, those that lie in the place and that the caller may read, with their codes. */
    public Map<Long, String> sitesWithin(Place place, Collection<Long> siteIds) {
        Map<Long, String> codes = new HashMap<>();
        if (siteIds.isEmpty()) {
            return codes;
        }
        for (SitePlacement site : network.placementsOf(siteIds)) {
            boolean inPlace = switch (place.level()) {
                case NETWORK -> true;
                case REGION -> place.id().equals(site.regionId());
                case SECTOR -> place.id().equals(site.sectorId());
                case SITE -> place.id() == site.siteId();
            };
            if (inPlace && sees(site)) {
                codes.put(site.siteId(), site.code());
            }
        }
        return codes;
    }

    /** The site a line manager answers for by itself first (a store manager's store), if any. */
    public Optional<Long> ownSite() {
        return lineManager() ? perimeter().siteIds().stream().min(Long::compare) : Optional.empty();
    }

    public Optional<String> unitName(long id) {
        return Optional.ofNullable(units().get(id)).map(OrgUnitSummary::name);
    }

    /** What the figures of this caller are kept under: line managers each their own, everyone else the same. */
    public String scopeKey() {
        return lineManager() ? "line:" + currentUser.id().orElse(-1L) : "network";
    }

    public boolean lineManager() {
        return currentUser.hasRole(Role.LINE_MANAGER) && !(currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)
                || currentUser.hasRole(Role.EXECUTIVE));
    }

    private Place defaultPlace() {
        if (!lineManager() || perimeter().wholeNetwork()) {
            return new Place(PlaceLevel.NETWORK, null, null);
        }
        // Their highest units: those whose parent they do not manage too; the first by level, then code.
        Optional<OrgUnitSummary> top = perimeter().orgUnitIds().stream().map(units()::get).filter(u -> u != null)
                .min(Comparator.comparing(OrgUnitSummary::level).thenComparing(OrgUnitSummary::code));
        if (top.isPresent()) {
            return place(top.get());
        }
        Long site = perimeter().siteIds().stream().min(Long::compare).orElseThrow(() -> new NotFound("Perimeter", currentUser.username()));
        return resolve(null, site);
    }

    private Place place(OrgUnitSummary unit) {
        PlaceLevel level = switch (unit.level()) {
            case NETWORK -> PlaceLevel.NETWORK;
            case REGION -> PlaceLevel.REGION;
            case SECTOR -> PlaceLevel.SECTOR;
        };
        return level == PlaceLevel.NETWORK ? new Place(PlaceLevel.NETWORK, null, null) : new Place(level, unit.id(), unit.name());
    }

    private Map<Long, OrgUnitSummary> units() {
        if (units == null) {
            units = network.orgUnits().stream().collect(Collectors.toMap(OrgUnitSummary::id, Function.identity()));
        }
        return units;
    }

    private ManagedPerimeter perimeter() {
        if (perimeter == null) {
            perimeter = currentUser.id().map(network::managedBy).orElse(ManagedPerimeter.NOTHING);
        }
        return perimeter;
    }
}
