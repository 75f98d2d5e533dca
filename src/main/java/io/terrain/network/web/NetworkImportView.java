package io.terrain.network.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.terrain.network.api.ImportKind;
import io.terrain.network.api.ImportReport;
import io.terrain.network.boundary.NetworkImportFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.Progress;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.UploadedFiles;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    private String fileName;
    private String storedFile;
    private ImportReport report;
    private final Progress progress = new Progress();

    public void upload(FileUploadEvent event) {
        discardFile();
        report = null;
        progress.reset();
        storedFile = UploadedFiles.store(event.getFile(), "terrain-network-");
        fileName = event.getFile().getFileName();
        try {
            report = imports.preview(kind, Path.of(storedFile), fileName, progress);
        } catch (InvalidInput e) {
            FacesMessages.problems("importForm", e.problems());
            discardFile();
        }
    }

    public void apply() {
        if (storedFile == null || report == null || !report.valid()) {
            return;
        }
        progress.reset();
        try {
            report = imports.apply(kind, Path.of(storedFile), fileName, progress);
            if (report.applied()) {
                FacesMessages.info("import.applied", report.newRows(), report.changedRows());
                discardFile();
            }
        } catch (InvalidInput e) {
            FacesMessages.problems("importForm", e.problems());
        }
    }

    public void cancel() {
        discardFile();
        report = null;
        progress.reset();
    }

    /** The rejected rows as a CSV the user can open beside their file. */
    public void downloadProblems() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Locale locale = faces.getViewRoot().getLocale();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"import-problems.csv\"");
        var writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(Messages.text(locale, "import.col.line"), Messages.text(locale, "import.col.column"),
                Messages.text(locale, "import.col.reason"));
        for (Problem p : report == null ? List.<Problem>of() : report.problems()) {
            csv.writeRecord(p.line() == null ? "" : p.line().toString(), SpreadsheetSafe.text(p.field()),
                    SpreadsheetSafe.text(Messages.text(locale, p)));
        }
        csv.flush();
        writer.flush();
        faces.responseComplete();
    }

    /** A file with the expected header and one example row, to fill in. */
    public void downloadTemplate() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-template.csv\"");
        var writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(imports.columns(kind));
        csv.writeRecord(imports.exampleRow(kind));
        csv.flush();
        writer.flush();
        faces.responseComplete();
    }

    public String problemText(Problem problem) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }

    @PreDestroy
    void discardFile() {
        UploadedFiles.discard(storedFile);
        storedFile = null;
    }

    public String getExpectedColumns() {
        return String.join(", ", imports.columns(kind));
    }

    public int getProgressPercent() {
        return progress.percent();
    }

    public String getProgressPhase() {
        return progress.phase();
    }

    public boolean isReadyToApply() {
        return storedFile != null && report != null && report.valid() && !report.applied();
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
        return fileName;
    }
}
