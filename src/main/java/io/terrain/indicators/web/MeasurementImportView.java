package io.terrain.indicators.web;

import io.terrain.indicators.api.ImportMode;
import io.terrain.indicators.api.MeasurementImportReport;
import io.terrain.indicators.boundary.IndicatorsFacade;
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
import org.primefaces.event.FileUploadEvent;

/**
 * indicators/import.xhtml: upload a measurements CSV, see what a check finds (nothing written),
 * then import it — all or nothing, or only the valid rows, as chosen on the screen.
 */
@Named
@ViewScoped
public class MeasurementImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorsFacade indicators;

    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private final StagedUpload upload = new StagedUpload("terrain-measurements-");
    private MeasurementImportReport report;

    public void upload(FileUploadEvent event) {
        report = null;
        upload.receive(event);
        run(true);
    }

    public void apply() {
        if (isReadyToApply()) {
            upload.progress().reset();
            run(false);
            if (report != null && report.applied()) {
                FacesMessages.info("measurements.applied", report.written(), report.rejectedRows());
                upload.discard();
            }
        }
    }

    private void run(boolean dryRun) {
        try {
            report = indicators.importMeasurements(upload.path(), upload.fileName(), mode, dryRun, upload.progress());
        } catch (InvalidInput e) {
            FacesMessages.problems("importForm", e.problems());
            upload.discard();
        }
    }

    public void cancel() {
        upload.cancel();
        report = null;
    }

    /** The rejected rows as a CSV to open beside the file (the first {@value MeasurementImportReport#MAX_LISTED}). */
    public void downloadProblems() throws IOException {
        if (report != null) {
            CsvDownload.problems("measurement-problems.csv", report.problems(), report.rejectedRows());
        }
    }

    public void downloadTemplate() throws IOException {
        List<List<String>> template = indicators.measurementTemplate();
        CsvDownload.template("measurements-template.csv", template.get(0), template.get(1));
    }

    public String problemText(Problem problem) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }

    @PreDestroy
    void discardFile() {
        upload.discard();
    }

    /** Ready when checked; with rejected rows only if the chosen mode writes the valid ones. */
    public boolean isReadyToApply() {
        return upload.isHeld() && report != null && report.dryRun()
                && (report.rejectedRows() == 0 || mode == ImportMode.VALID_ROWS) && report.rows() > report.rejectedRows();
    }

    public int getProgressPercent() {
        return upload.progress().percent();
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public MeasurementImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return upload.fileName();
    }
}
