package io.terrain.network.api;

import io.terrain.platform.api.Page;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What other modules may ask of the network. */
public interface Network {

    Page<SiteSummary> sites(SiteFilter filter, int offset, int limit);

    Optional<SiteDetails> site(long id);

    Optional<SiteDetails> siteByCode(String code);

    /** The whole org tree, parents before children. Hundreds of rows, not sites. */
    List<OrgUnitSummary> orgUnits();

    List<String> segments();

    /**
     * The sites with these ids (unknown ids are left out), for modules that show their own lists of
     * sites: those modules decide who may see which (a coach may read this, for their own sites).
     */
    List<SiteSummary> sitesByIds(Collection<Long> ids);

    /**
     * What this user answers for as a line manager (the units they manage and all under them, the sites they
     * manage): the perimeter every module keeps a LINE_MANAGER to, everything else answering 404.
     */
    ManagedPerimeter managedBy(long userId);

    /**
     * Where these sites sit in the tree (unknown ids left out), for modules that keep their readers to a perimeter and
     * decide themselves who may see which site.
     */
    List<SitePlacement> placementsOf(Collection<Long> ids);

    /** Active sites per region id (null: sites outside any region), counted by the database. */
    java.util.Map<Long, Long> activeSitesByRegion();

    /** Every site's place in the tree, for modules that group by it (indicators' roll-ups). */
    List<SitePlacement> sitePlacements();
}
