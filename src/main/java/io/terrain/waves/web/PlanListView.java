package io.terrain.waves.web;

import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteKind;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.Pilots;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.boundary.PlansFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * waves/plans.xhtml: the rollout plans with their progress, and a dialog to start one from a
 * published package (its KPI targets proposed as the plan's KPIs, the first primary).
 */
@Named
@ViewScoped
public class PlanListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlansFacade plans;

    @Inject
    Pilots pilots;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    CurrentUser currentUser;

    private List<PlanSummary> list;
    private List<PackageSummary> packages = List.of();
    private List<OrgUnitSummary> units = List.of();
    private List<String> segments = List.of();
    private List<KpiSummary> kpis = List.of();

    private String name;
    private Long packageId;
    private List<Long> orgUnitIds = new ArrayList<>();
    private SiteKind siteKind;
    private String segment;
    private String primaryKpi;
    private List<String> secondaryKpis = new ArrayList<>();

    @PostConstruct
    void init() {
        list = plans.plans();
        if (isManager()) {
            packages = pilots.publishedPackages();
            units = network.orgUnits().stream().filter(u -> u.level() != OrgLevel.NETWORK).toList();
            segments = network.segments();
            kpis = indicators.kpis();
        }
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    /** A package chosen: its KPI targets become the proposed KPIs, the first primary. */
    public void packageChosen() {
        List<PlanDraft.PlanKpi> proposed = packageId == null ? List.of() : plans.proposedKpis(packageId);
        primaryKpi = proposed.stream().filter(PlanDraft.PlanKpi::primary).map(PlanDraft.PlanKpi::kpiCode).findFirst().orElse(null);
        secondaryKpis = new ArrayList<>(proposed.stream().filter(k -> !k.primary()).map(PlanDraft.PlanKpi::kpiCode).toList());
        if (name == null || name.isBlank()) {
            name = packages.stream().filter(p -> p.id() == packageId).map(PackageSummary::name).findFirst().orElse(null);
        }
    }

    public String create() {
        List<PlanDraft.PlanKpi> chosen = new ArrayList<>();
        if (primaryKpi != null) {
            chosen.add(new PlanDraft.PlanKpi(primaryKpi, true));
        }
        secondaryKpis.stream().filter(k -> !k.equals(primaryKpi)).forEach(k -> chosen.add(new PlanDraft.PlanKpi(k, false)));
        try {
            PlanSummary created = plans.create(new PlanDraft(name, packageId, orgUnitIds, siteKind, segment, chosen));
            return "/waves/plan?faces-redirect=true&id=" + created.id();
        } catch (InvalidInput e) {
            FacesMessages.problems("planForm", e.problems());
            return null;
        }
    }

    public String packageLabel(PackageSummary p) {
        return p.name() + " — v" + p.versionNo();
    }

    /** Percent of the perimeter adopted, for the progress bar. */
    public int adoptedPercent(PlanSummary p) {
        return (int) Math.round(p.adoptionRate() * 100);
    }

    public int plannedPercent(PlanSummary p) {
        return p.perimeterSites() == 0 ? 0 : (int) Math.round(100.0 * p.plannedSites() / p.perimeterSites());
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public List<PlanSummary> getList() { return list; }
    public List<PackageSummary> getPackages() { return packages; }
    public List<OrgUnitSummary> getUnits() { return units; }
    public List<String> getSegments() { return segments; }
    public List<KpiSummary> getKpis() { return kpis; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public Long getPackageId() { return packageId; }
    public void setPackageId(Long v) { packageId = v; }
    public List<Long> getOrgUnitIds() { return orgUnitIds; }
    public void setOrgUnitIds(List<Long> v) { orgUnitIds = v; }
    public SiteKind getSiteKind() { return siteKind; }
    public void setSiteKind(SiteKind v) { siteKind = v; }
    public String getSegment() { return segment; }
    public void setSegment(String v) { segment = v; }
    public String getPrimaryKpi() { return primaryKpi; }
    public void setPrimaryKpi(String v) { primaryKpi = v; }
    public List<String> getSecondaryKpis() { return secondaryKpis; }
    public void setSecondaryKpis(List<String> v) { secondaryKpis = v; }
}
