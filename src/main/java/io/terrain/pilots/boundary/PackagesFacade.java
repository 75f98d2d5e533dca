package io.terrain.pilots.boundary;

import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.control.PackageRules;
import io.terrain.pilots.control.PilotStore;
import io.terrain.pilots.entity.Pilot;
import io.terrain.pilots.entity.PilotPackage;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Packages, the transaction boundary: a validated pilot becomes a package (the codified target and
 * the implementation steps), written as drafts, published as immutable versions, each new version
 * starting as a copy of the last. Program managers and administrators write; executives read.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class PackagesFacade {

    @Inject
    PilotStore store;

    @Inject
    Indicators indicators;

    @Inject
    AuditTrail audit;

    /** Published package versions, newest first: what the rollout may deploy (and its line managers read). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
    public List<PackageSummary> published() {
        return store.publishedPackages().stream().map(PilotPackage::summary).toList();
    }

    public List<PackageSummary> packages(long pilotId) {
        pilot(pilotId);
        return store.packages(pilotId).stream().map(PilotPackage::summary).toList();
    }

    /** A validated pilot becomes a package: version 1, a draft with the pilot's KPIs and their targets to fill in. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PackageSummary create(long pilotId) {
        Pilot pilot = pilot(pilotId);
        if (pilot.getStatus() != PilotStatus.VALIDATED) {
            throw new InvalidInput(Problem.of("status", "package.pilotNotValidated"));
        }
        if (!store.packages(pilotId).isEmpty()) {
            throw new InvalidInput(Problem.of("status", "package.exists"));
        }
        PilotSummary p = pilot.summary();
        PilotPackage created = new PilotPackage(pilotId, 1, new PackageDraft(p.name(), null, null, null,
                p.kpis().stream().map(k -> new PackageDraft.KpiTarget(k.kpiCode(), null)).toList(), List.of()));
        store.add(created);
        store.flush();
        audit.record("Package", created.getId(), "CREATE", p.name() + " v1");
        return created.summary();
    }

    /** Changes a draft; a published version is immutable. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PackageSummary update(long id, long expectedVersion, PackageDraft draft) {
        PilotPackage pkg = forEdit(id, expectedVersion);
        Set<String> kpiCodes = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        InvalidInput.ifAny(PackageRules.check(draft, kpiCodes));
        pkg.apply(draft);
        return saved(pkg, "UPDATE");
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PackageSummary publish(long id, long expectedVersion) {
        PilotPackage pkg = forEdit(id, expectedVersion);
        Set<String> kpiCodes = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(PackageRules.check(pkg.draft(), kpiCodes));
        if (pkg.draft().steps().isEmpty()) {
            problems.add(Problem.of("steps", "package.steps.none"));
        }
        InvalidInput.ifAny(problems);
        pkg.publish();
        return saved(pkg, "PUBLISH");
    }

    /** A new version starts as a copy of the latest published one; one draft at a time. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PackageSummary newVersion(long id) {
        PilotPackage from = store.pkg(id).orElseThrow(() -> new NotFound("Package", id));
        List<PilotPackage> versions = store.packages(from.getPilotId());
        if (versions.stream().anyMatch(v -> !v.isPublished())) {
            throw new InvalidInput(Problem.of("status", "package.draftExists"));
        }
        PilotPackage latest = versions.get(0);
        PilotPackage copy = new PilotPackage(latest.getPilotId(), latest.getVersionNo() + 1, latest.draft());
        store.add(copy);
        store.flush();
        audit.record("Package", copy.getId(), "CREATE", "v" + copy.getVersionNo());
        return copy.summary();
    }

    private PilotPackage forEdit(long id, long expectedVersion) {
        PilotPackage pkg = store.pkg(id).orElseThrow(() -> new NotFound("Package", id));
        if (pkg.getVersion() != expectedVersion) {
            throw new EditConflict("Package", id);
        }
        if (pkg.isPublished()) {
            throw new InvalidInput(Problem.of("status", "package.published"));
        }
        return pkg;
    }

    private PackageSummary saved(PilotPackage pkg, String action) {
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Package", pkg.getId());
        }
        audit.record("Package", pkg.getId(), action, "v" + pkg.getVersionNo());
        return pkg.summary();
    }

    private Pilot pilot(long id) {
        return store.byId(id).orElseThrow(() -> new NotFound("Pilot", id));
    }
}
