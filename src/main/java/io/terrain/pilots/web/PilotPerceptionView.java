package io.terrain.pilots.web;

import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.pilots.api.PerceptionImportReport;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.boundary.PilotDecisionsFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.CsvDownload;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.UploadedFiles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The team perception tab of pilots/pilot.xhtml: the summary per pilot site and overall, one
 * response entered at a time, or a file of responses imported all or nothing.
 */
@Named
@ViewScoped
public class PilotPerceptionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotDecisionsFacade pilotDecisions;

    @Inject
    PilotView pilotView;

    private PerceptionSummary perception;
    private Long site;
    private LocalDate respondedOn = LocalDate.now();
    private List<Integer> scores = new ArrayList<>();
    private Integer recommend;
    private String comment;
    private PerceptionImportReport importReport;

    @PostConstruct
    void init() {
        perception = pilotDecisions.perception(pilotView.getId());
        resetScores();
    }

    private void resetScores() {
        scores = new ArrayList<>();
        for (int i = 0; i < scoreCount(); i++) {
            scores.add(null);
        }
    }

    private int scoreCount() {
        return Math.max(1, pilotView.getPilot().improvements().size());
    }

    /** Labels of the improvements scored in a response ("overall" when the pilot lists none). */
    public List<String> getScoreLabels() {
        List<String> labels = new ArrayList<>();
        pilotView.getPilot().improvements().forEach(i -> labels.add(i.description()));
        if (labels.isEmpty()) {
            labels.add(Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "pilot.overall"));
        }
        return labels;
    }

    public void add() {
        try {
            perception = pilotDecisions.addPerception(pilotView.getId(), new PerceptionDraft(site, respondedOn, scores, recommend, comment));
            FacesMessages.info("pilot.perceptionSaved");
            comment = null;
            recommend = null;
            resetScores();
            pilotView.reload();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:perceptionForm", e.problems());
        }
    }

    public void importFile(FileUploadEvent event) {
        String stored = UploadedFiles.store(event.getFile(), "terrain-perception-");
        try {
            importReport = pilotDecisions.importPerception(pilotView.getId(), Path.of(stored), event.getFile().getFileName());
            if (importReport.applied()) {
                FacesMessages.info("pilot.perception.imported", importReport.written());
                perception = pilotDecisions.perception(pilotView.getId());
                pilotView.reload();
            }
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:perceptionImport", e.problems());
        } finally {
            UploadedFiles.discard(stored);
        }
    }

    /** The columns a file of responses has for this pilot. */
    public String getColumns() {
        return String.join(", ", pilotDecisions.perceptionColumns(pilotView.getId()));
    }

    /** A file with the right header for this pilot, and one example line. */
    public void downloadTemplate() throws IOException {
        List<String> columns = pilotDecisions.perceptionColumns(pilotView.getId());
        List<String> example = new ArrayList<>();
        example.add(pilotView.getPilotSites().isEmpty() ? "S0001" : pilotView.getPilotSites().get(0).code());
        example.add(LocalDate.now().toString());
        for (int i = 0; i < scoreCount(); i++) {
            example.add("4");
        }
        example.add("8");
        example.add("");
        CsvDownload.template("perception-template.csv", columns, example);
    }

    public void downloadProblems() throws IOException {
        if (importReport != null) {
            CsvDownload.problems("perception-problems.csv", importReport.problems(), importReport.rejectedRows());
        }
    }

    public String problemText(Problem problem) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }

    public PerceptionSummary getPerception() { return perception; }
    public PerceptionImportReport getImportReport() { return importReport; }
    public Long getSite() { return site; }
    public void setSite(Long v) { site = v; }
    public LocalDate getRespondedOn() { return respondedOn; }
    public void setRespondedOn(LocalDate v) { respondedOn = v; }
    public List<Integer> getScores() { return scores; }
    public Integer getRecommend() { return recommend; }
    public void setRecommend(Integer v) { recommend = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
}
