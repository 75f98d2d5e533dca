package io.terrain.network.boundary;

import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.control.DemoNetworkPlan;
import io.terrain.network.control.OrgUnitStore;
import io.terrain.network.control.SiteStore;
import io.terrain.network.entity.OrgUnit;
import io.terrain.network.entity.Site;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.persistence.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.HashMap;
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

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) DatabaseReady event) {
        if (!event.demoData() || units.count() > 0) {
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
        for (SiteDraft draft : plan.sites()) {
            Site site = new Site(draft.code());
            site.apply(draft, byCode.get(draft.orgUnitCode()));
            sites.add(site);
        }
        sites.flush();
        audit.record("Site", null, "IMPORT", "demo network: " + plan.units().size() + " org units, " + plan.sites().size() + " sites");
    }
}
