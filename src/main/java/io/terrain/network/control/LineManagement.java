package io.terrain.network.control;

import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The perimeter a line manager answers for: the units they manage, every unit below them, and their own sites. */
public final class LineManagement {

    private LineManagement() {
    }

    /** {@code units}: the whole tree (hundreds of rows); {@code managedSites}: the sites the user manages one by one. */
    public static ManagedPerimeter perimeter(long userId, List<OrgUnitSummary> units, Collection<Long> managedSites) {
        Map<Long, List<Long>> children = new HashMap<>();
        Deque<Long> toVisit = new ArrayDeque<>();
        boolean wholeNetwork = false;
        for (OrgUnitSummary unit : units) {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit.id());
            }
            if (Objects.equals(unit.managerUserId(), userId)) {
                toVisit.add(unit.id());
                wholeNetwork |= unit.level() == OrgLevel.NETWORK;
            }
        }
        Set<Long> subtree = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Long id = toVisit.pop();
            if (subtree.add(id)) {
                toVisit.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return new ManagedPerimeter(wholeNetwork, subtree, Set.copyOf(managedSites));
    }
}
