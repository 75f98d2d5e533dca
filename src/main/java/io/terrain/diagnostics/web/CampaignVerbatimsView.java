package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.ScoreKind;
import io.terrain.diagnostics.api.VerbatimDraft;
import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.api.VerbatimImportReport;
import io.terrain.diagnostics.api.VerbatimSummary;
import io.terrain.diagnostics.boundary.VerbatimsFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.CsvDownload;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.PagedModel;
import io.terrain.platform.web.UploadedFiles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.primefaces.event.FileUploadEvent;

/** The campaign page's verbatims tab: customers' words, filtered and paged lazily, added one by one or from a CSV file. */
@Named
@ViewScoped
public class CampaignVerbatimsView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    VerbatimsFacade verbatimsFacade;

    private Boolean detractorsOnly;
    private Channel verbatimChannel;
    private String verbatimText;
    private final PagedModel<VerbatimSummary> verbatims = new PagedModel<>(
            (offset, limit, sort, desc) -> verbatimsFacade.verbatims(campaignId(), new VerbatimFilter(null, null, verbatimChannel, null,
                    detractorsOnly, verbatimText), offset, limit), v -> String.valueOf(v.id()));
    private VerbatimImportReport importReport;
    private String newVerbatimSite;
    private LocalDate newVerbatimOn = LocalDate.now();
    private Channel newVerbatimChannel = Channel.STORE;
    private String newVerbatimText;
    private ScoreKind newVerbatimKind;
    private Integer newVerbatimScore;
    private String newVerbatimCategory;

    @Override
    protected void read() {
        // The list pages itself (PagedModel): nothing to read ahead.
    }

    public void addVerbatim() {
        boolean added = page.act("tabs:verbatimForm", () -> verbatimsFacade.addVerbatim(campaignId(), new VerbatimDraft(newVerbatimSite,
                newVerbatimOn, newVerbatimChannel, newVerbatimText, newVerbatimKind, newVerbatimScore, newVerbatimCategory, null)),
                "verbatim.saved");
        if (added) {
            newVerbatimText = newVerbatimCategory = null;
            newVerbatimScore = null;
        }
    }

    public void importVerbatims(FileUploadEvent event) {
        String stored = UploadedFiles.store(event.getFile(), "terrain-verbatims-");
        try {
            importReport = verbatimsFacade.importVerbatims(campaignId(), Path.of(stored), event.getFile().getFileName(), false);
            if (importReport.applied()) {
                FacesMessages.info("verbatims.imported", importReport.written());
                page.changed();
            }
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:verbatimImport", e.problems());
        } finally {
            try {
                Files.deleteIfExists(Path.of(stored));
            } catch (IOException ignored) {
                // the OS cleans its temp folder
            }
        }
    }

    /** The rejected rows of the last verbatim import, as a CSV to open beside the file. */
    public void downloadVerbatimProblems() throws IOException {
        if (importReport != null) {
            CsvDownload.problems("verbatim-problems.csv", importReport.problems(), importReport.rejectedRows());
        }
    }

    public String problemText(Problem problem) {
        return Messages.text(CampaignView.locale(), problem);
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ScoreKind[] getScoreKinds() {
        return ScoreKind.values();
    }

    public PagedModel<VerbatimSummary> getVerbatims() { return verbatims; }
    public VerbatimImportReport getImportReport() { return importReport; }
    public Boolean getDetractorsOnly() { return detractorsOnly; }
    public void setDetractorsOnly(Boolean v) { detractorsOnly = v; }
    public Channel getVerbatimChannel() { return verbatimChannel; }
    public void setVerbatimChannel(Channel v) { verbatimChannel = v; }
    public String getVerbatimText() { return verbatimText; }
    public void setVerbatimText(String v) { verbatimText = v; }
    public String getNewVerbatimSite() { return newVerbatimSite; }
    public void setNewVerbatimSite(String v) { newVerbatimSite = v; }
    public LocalDate getNewVerbatimOn() { return newVerbatimOn; }
    public void setNewVerbatimOn(LocalDate v) { newVerbatimOn = v; }
    public Channel getNewVerbatimChannel() { return newVerbatimChannel; }
    public void setNewVerbatimChannel(Channel v) { newVerbatimChannel = v; }
    public String getNewVerbatimText() { return newVerbatimText; }
    public void setNewVerbatimText(String v) { newVerbatimText = v; }
    public ScoreKind getNewVerbatimKind() { return newVerbatimKind; }
    public void setNewVerbatimKind(ScoreKind v) { newVerbatimKind = v; }
    public Integer getNewVerbatimScore() { return newVerbatimScore; }
    public void setNewVerbatimScore(Integer v) { newVerbatimScore = v; }
    public String getNewVerbatimCategory() { return newVerbatimCategory; }
    public void setNewVerbatimCategory(String v) { newVerbatimCategory = v; }
}
