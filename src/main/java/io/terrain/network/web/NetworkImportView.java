package io.terrain.network.web;

import io.terrain.network.api.ImportKind;
import io.terrain.network.api.ImportReport;
import io.terrain.network.boundary.NetworkImportFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.CsvDownload;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.StagedUpload;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;

/**
 * network/import.xhtml: upload a CSV of org units or sites, see what it would do (counts and every
 * rejected row), then import it all or nothing. The file waits on disk between preview and import,
 * not in the session.
 */
@Named
@ViewScoped
public class NetworkImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkImportFacade imports;

    private ImportKind kind = ImportKind.SITES;
    private final StagedUpload upload = new StagedUpload("terrain-network-");
    private ImportReport report;

    public void upload(FileUploadEvent event) {
        report = null;
        upload.receive(event);
        try {
            report = imports.preview(kind, upload.path(), upload.fileName(), upload.progress());
        } catch (InvalidInput e) {
            FacesMessages.problems("importForm", e.problems());
            upload.discard();
        }
    }

    public void apply() {
        if (!upload.isHeld() || report == null || !report.valid()) {
            return;
        }
        upload.progress().reset();
        try {
            report = imports.apply(kind, upload.path(), upload.fileName(), upload.progress());
            if (report.applied()) {
                FacesMessages.info("import.applied", report.newRows(), report.changedRows());
                upload.discard();
            }
        } catch (InvalidInput e) {
            FacesMessages.problems("importForm", e.problems());
        }
    }

    public void cancel() {
        upload.cancel();
        report = null;
    }

    /** The rejected rows as a CSV the user can open beside their file. */
    public void downloadProblems() throws IOException {
        CsvDownload.problems("import-problems.csv", report == null ? List.of() : report.problems(),
                report == null ? 0 : report.problems().stream().map(Problem::line).distinct().count());
    }

    /** A file with the expected header and one example row, to fill in. */
    public void downloadTemplate() throws IOException {
        CsvDownload.template(kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-template.csv", imports.columns(kind),
                imports.exampleRow(kind));
    }

    public String problemText(Problem problem) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }

    @PreDestroy
    void discardFile() {
        upload.discard();
    }

    public String getExpectedColumns() {
        return String.join(", ", imports.columns(kind));
    }

    public int getProgressPercent() {
        return upload.progress().percent();
    }

    public String getProgressPhase() {
        return upload.progress().phase();
    }

    public boolean isReadyToApply() {
        return upload.isHeld() && report != null && report.valid() && !report.applied();
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return upload.fileName();
    }
}
