package io.terrain.network.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.ExportFormat;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteDetails;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteFilter;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.network.control.LineManagement;
import io.terrain.network.control.OrgUnitRules;
import io.terrain.network.control.OrgUnitStore;
import io.terrain.network.control.SiteExport;
import io.terrain.network.control.SiteRules;
import io.terrain.network.control.SiteStore;
import io.terrain.network.entity.OrgUnit;
import io.terrain.network.entity.Site;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The network's transaction boundary. Everyone who plans or follows the programme reads the
 * network; program managers and administrators change it. Coaches reach their own sites through
 * the coaches module, not here.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class NetworkFacade implements Network {

    public static final int MAX_PAGE = 500;

    @Inject
    SiteStore sites;

    @Inject
    OrgUnitStore units;

    @Inject
    SiteExport export;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    UsersFacade users;

    @Override
    public Page<SiteSummary> sites(SiteFilter filter, int offset, int limit) {
        return sites.page(filter == null ? SiteFilter.all() : filter, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    @Override
    public Optional<SiteDetails> site(long id) {
        return sites.byId(id).map(Site::details);
    }

    @Override
    public Optional<SiteDetails> siteByCode(String code) {
        return sites.byCode(code).map(Site::details);
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER}) // names of regions and sectors, no site in it
    public List<OrgUnitSummary> orgUnits() {
        return units.all().stream().map(OrgUnit::summary).toList();
    }

    @Override
    public List<String> segments() {
        return sites.segments();
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER})
    public List<SiteSummary> sitesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : sites.byIds(ids);
    }

    /** A line manager may ask only for their own perimeter; the others may ask for anyone's. */
    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER})
    public ManagedPerimeter managedBy(long userId) {
        boolean mine = currentUser.id().map(id -> id == userId).orElse(false);
        if (!mine && !currentUser.isSystemTask() && !currentUser.hasRole(Role.ADMIN) && !currentUser.hasRole(Role.PROGRAM_MANAGER)
                && !currentUser.hasRole(Role.EXECUTIVE)) {
            return ManagedPerimeter.NOTHING;
        }
        return LineManagement.perimeter(userId, units.all().stream().map(OrgUnit::summary).toList(), sites.managedBy(userId));
    }

    /** Makes a LINE_MANAGER user answer for this one site ({@code userId} null: nobody any more). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SiteDetails assignSiteManager(long id, long expectedVersion, Long userId) {
        Site site = siteForEdit(id, expectedVersion);
        if (userId != null && users.byIds(List.of(userId)).stream().noneMatch(u -> u.active() && u.roles().contains(Role.LINE_MANAGER))) {
            throw new InvalidInput(Problem.of("userId", "site.manager.notLineManager", userId));
        }
        site.assignManager(userId);
        return saved(site, "MANAGER", userId == null ? AuditDetail.of("audit.detail.noManager") : AuditDetail.of("audit.detail.user", String.valueOf(userId)));
    }

    @Override
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.COACH, Role.LINE_MANAGER})
    public List<SitePlacement> placementsOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : sites.placements(ids);
    }

    @Override
    // Line managers' modules (dashboards) keep them to their perimeter; no REST answer lists these.
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
    public List<SitePlacement> sitePlacements() {
        return sites.placements();
    }

    @Override
    public java.util.Map<Long, Long> activeSitesByRegion() {
        return sites.activeSitesByRegion();
    }

    public void exportSites(SiteFilter filter, ExportFormat format, OutputStream out) {
        try {
            export.write(filter == null ? SiteFilter.all() : filter, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SiteDetails createSite(SiteDraft draft) {
        List<Problem> problems = new ArrayList<>(SiteRules.check(draft));
        if (draft.code() != null && sites.byCode(draft.code()).isPresent()) {
            problems.add(Problem.of("code", "site.code.taken", draft.code()));
        }
        OrgUnit unit = orgUnitFor(draft.orgUnitCode(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Site site = new Site(draft.code());
        site.apply(draft, unit);
        sites.add(site);
        sites.flush();
        audit.record("Site", site.getId(), "CREATE", draft.code());
        return site.details();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SiteDetails updateSite(long id, long expectedVersion, SiteDraft draft) {
        Site site = siteForEdit(id, expectedVersion);
        if (draft.code() != null && !draft.code().equals(site.getCode())) {
            throw new InvalidInput(Problem.of("code", "site.code.immutable"));
        }
        SiteDraft withCode = new SiteDraft(site.getCode(), draft.name(), draft.kind(), draft.segment(), draft.address(),
                draft.city(), draft.postalCode(), draft.latitude(), draft.longitude(), draft.orgUnitCode(),
                draft.openedOn(), draft.headcount());
        List<Problem> problems = new ArrayList<>(SiteRules.check(withCode));
        OrgUnit unit = orgUnitFor(draft.orgUnitCode(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        site.apply(withCode, unit);
        return saved(site, "UPDATE", null);
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SiteDetails closeSite(long id, long expectedVersion, LocalDate on) {
        if (on == null) {
            throw new InvalidInput(Problem.of("closedOn", "field.required"));
        }
        Site site = siteForEdit(id, expectedVersion);
        if (site.getStatus() == SiteStatus.CLOSED) {
            throw new InvalidInput(Problem.of("status", "site.alreadyClosed"));
        }
        site.close(on);
        return saved(site, "CLOSE", AuditDetail.of("audit.detail.on", on));
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public SiteDetails reopenSite(long id, long expectedVersion) {
        Site site = siteForEdit(id, expectedVersion);
        site.reopen();
        return saved(site, "REOPEN", null);
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public OrgUnitSummary createOrgUnit(OrgUnitDraft draft) {
        List<Problem> problems = new ArrayList<>(OrgUnitRules.check(draft));
        if (draft.code() != null && units.byCode(draft.code()).isPresent()) {
            problems.add(Problem.of("code", "site.code.taken", draft.code()));
        }
        OrgUnit parent = parentFor(draft, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        OrgUnit unit = new OrgUnit(draft.code());
        unit.update(draft.name(), draft.level(), parent, draft.managerName(), draft.managerEmail(), draft.managerUserId());
        units.add(unit);
        units.flush();
        audit.record("OrgUnit", unit.getId(), "CREATE", draft.code());
        return unit.summary();
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public OrgUnitSummary updateOrgUnit(long id, long expectedVersion, OrgUnitDraft draft) {
        OrgUnit unit = units.byId(id).orElseThrow(() -> new NotFound("OrgUnit", id));
        if (unit.getVersion() != expectedVersion) {
            throw new EditConflict("OrgUnit", id);
        }
        OrgUnitDraft withCode = new OrgUnitDraft(unit.getCode(), draft.name(), draft.level(), draft.parentCode(),
                draft.managerName(), draft.managerEmail(), draft.managerUserId());
        List<Problem> problems = new ArrayList<>(OrgUnitRules.check(withCode));
        if (draft.level() != null && draft.level() != unit.getLevel()) {
            problems.add(Problem.of("level", "orgUnit.level.changed", unit.getLevel(), draft.level()));
        }
        OrgUnit parent = parentFor(withCode, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        unit.update(draft.name(), unit.getLevel(), parent, draft.managerName(), draft.managerEmail(), draft.managerUserId());
        try {
            units.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("OrgUnit", id);
        }
        audit.record("OrgUnit", id, "UPDATE");
        return unit.summary();
    }

    private OrgUnit parentFor(OrgUnitDraft draft, List<Problem> problems) {
        if (draft.parentCode() == null || draft.parentCode().isBlank()) {
            return null;
        }
        Optional<OrgUnit> parent = units.byCode(draft.parentCode());
        if (parent.isEmpty()) {
            problems.add(Problem.of("parentCode", "orgUnit.parent.unknown", draft.parentCode()));
            return null;
        }
        problems.addAll(OrgUnitRules.checkParent(draft.level(), parent.get().getLevel(), draft.parentCode()));
        return parent.get();
    }

    private OrgUnit orgUnitFor(String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<OrgUnit> unit = units.byCode(code);
        if (unit.isEmpty()) {
            problems.add(Problem.of("orgUnitCode", "site.orgUnit.unknown", code));
        }
        return unit.orElse(null);
    }

    private Site siteForEdit(long id, long expectedVersion) {
        Site site = sites.byId(id).orElseThrow(() -> new NotFound("Site", id));
        if (site.getVersion() != expectedVersion) {
            throw new EditConflict("Site", id);
        }
        return site;
    }

    /** Flushes so that a concurrent save surfaces here as a conflict, then records the change. */
    private SiteDetails saved(Site site, String action, AuditDetail details) {
        try {
            sites.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Site", site.getId());
        }
        audit.record("Site", site.getId(), action, details);
        return site.details();
    }
}
