package io.terrain.network.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.ImportKind;
import io.terrain.network.api.ImportReport;
import io.terrain.network.control.NetworkImport;
import io.terrain.network.control.OrgUnitCsv;
import io.terrain.network.control.SiteCsv;
import io.terrain.platform.api.Progress;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;

/**
 * Network CSV imports, all or nothing: one transaction, and nothing is written while any row has a
 * problem.
 */
@ApplicationScoped
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
public class NetworkImportFacade {

    @Inject
    NetworkImport networkImport;

    @Inject
    AuditTrail audit;

    /** The columns a file of this kind may have, in the order exports write them. */
    public List<String> columns(ImportKind kind) {
        return kind == ImportKind.SITES ? SiteCsv.COLUMNS : OrgUnitCsv.COLUMNS;
    }

    /** One plausible row in {@link #columns} order, for the downloadable template. */
    public List<String> exampleRow(ImportKind kind) {
        return kind == ImportKind.SITES
                ? List.of("S0001", "Agence Lille Grand Place", "AGENCY", "Urbain", "12 place du Général de Gaulle", "Lille",
                        "59000", "50.637000", "3.063000", "NOR-LIL", "ACTIVE", "", "2012-09-01", "11")
                : List.of("NOR-LIL", "Secteur Lille", "SECTOR", "NOR", "Sophie Garnier", "sophie.garnier@example.com");
    }

    /** Reads and checks the file; writes nothing. */
    @Transactional
    public ImportReport preview(ImportKind kind, Path file, String fileName, Progress progress) {
        return networkImport.run(kind, file, fileName, false, progress);
    }

    @Transactional
    public ImportReport apply(ImportKind kind, Path file, String fileName, Progress progress) {
        ImportReport report = networkImport.run(kind, file, fileName, true, progress);
        if (report.applied()) {
            audit.record(kind == ImportKind.SITES ? "Site" : "OrgUnit", null, "IMPORT",
                    AuditDetail.of("audit.detail.networkImport", fileName, report.newRows(), report.changedRows()));
        }
        return report;
    }
}
