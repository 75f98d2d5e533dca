package io.terrain.network.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.control.DemoNetworkPlan;
import io.terrain.network.control.OrgUnitStore;
import io.terrain.network.control.SiteStore;
import io.terrain.network.entity.OrgUnit;
import io.terrain.network.entity.Site;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.persistence.DemoDataWanted;
import io.terrain.platform.security.SystemTask;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the demo network into an empty database when demo data is on. */
@ApplicationScoped
public class DemoNetwork {

    @Inject
    OrgUnitStore units;

    @Inject
    SiteStore sites;

    @Inject
    AuditTrail audit;

    @Inject
    UsersFacade users;

    /** The demo login that {@code FirstUsers} creates with the LINE_MANAGER role. */
    static final String DEMO_LINE_MANAGER = "linemanager";
    static final String DEMO_SITE_MANAGER = "sitemanager";

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) DemoDataWanted event) {
        if (units.count() > 0) {
            return;
        }
        DemoNetworkPlan.Plan plan = DemoNetworkPlan.build();
        Map<String, OrgUnit> byCode = new HashMap<>();
        for (OrgUnitDraft draft : plan.units()) {
            OrgUnit unit = new OrgUnit(draft.code());
            unit.update(draft.name(), draft.level(), draft.parentCode() == null ? null : byCode.get(draft.parentCode()),
                    draft.managerName(), draft.managerEmail(), null);
            units.add(unit);
            byCode.put(draft.code(), unit);
        }
        List<Site> created = new ArrayList<>();
        for (SiteDraft draft : plan.sites()) {
            Site site = new Site(draft.code());
            site.apply(draft, byCode.get(draft.orgUnitCode()));
            sites.add(site);
            created.add(site);
        }
        sites.flush();
        audit.record("Site", null, "IMPORT", AuditDetail.of("audit.detail.demoNetwork", plan.units().size(), plan.sites().size()));
        linkLineManager(byCode);
        linkSiteManager(byCode, plan.sites(), created);
    }

    /**
     * The demo site manager answers for one store by itself: the first by code of the first sector of the first region by
     * name, which the demo rollout puts in its first wave (live), so their daily view has a checklist and feedback.
     */
    private void linkSiteManager(Map<String, OrgUnit> byCode, List<SiteDraft> drafts, List<Site> created) {
        UserSummary manager = SystemTask.call(() -> users.page(DEMO_SITE_MANAGER, 0, 10).items()).stream()
                .filter(u -> u.username().equals(DEMO_SITE_MANAGER)).findFirst().orElse(null);
        OrgUnit region = byCode.values().stream().filter(u -> u.getLevel() == OrgLevel.REGION).min(Comparator.comparing(OrgUnit::getName))
                .orElse(null);
        if (manager == null || region == null) {
            return;
        }
        OrgUnit sector = byCode.values().stream().filter(u -> u.getParent() == region).min(Comparator.comparing(OrgUnit::getName))
                .orElse(region);
        drafts.stream().filter(d -> d.orgUnitCode().equals(sector.getCode())).map(SiteDraft::code).min(Comparator.naturalOrder())
                .flatMap(code -> created.stream().filter(site -> site.getCode().equals(code)).findFirst())
                .ifPresent(site -> site.assignManager(manager.id()));
    }

    /**
     * The demo line manager answers for the fifth region by name: the demo rollout plans regions two by two in that
     * order, so theirs goes in the third wave, the one a line manager would ask to bring forward.
     */
    private void linkLineManager(Map<String, OrgUnit> byCode) {
        List<OrgUnit> regions = byCode.values().stream().filter(u -> u.getLevel() == OrgLevel.REGION)
                .sorted(Comparator.comparing(OrgUnit::getName)).toList();
        UserSummary lineManager = SystemTask.call(() -> users.page(DEMO_LINE_MANAGER, 0, 10).items()).stream()
                .filter(u -> u.username().equals(DEMO_LINE_MANAGER)).findFirst().orElse(null);
        if (lineManager == null || regions.size() < 5) {
            return;
        }
        OrgUnit region = regions.get(4);
        region.update(region.getName(), region.getLevel(), region.getParent(), lineManager.displayName(), lineManager.email(),
                lineManager.id());
    }
}
