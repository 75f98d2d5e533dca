package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.CriterionKind;
import io.terrain.diagnostics.api.Interaction;
import io.terrain.diagnostics.api.JourneyDraft;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.Moment;
import io.terrain.diagnostics.boundary.JourneysFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * diagnostics/journeys.xhtml: the journey catalogue, and a dialog to write a journey: its steps in
 * order, and each step's observation grid as lines "KIND | label in French | label in English"
 * (KIND: YES_NO, RATING or MINUTES). Lines of a grid keep their criterion when their position stays.
 */
@Named
@ViewScoped
public class JourneyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JourneysFacade journeysFacade;

    private List<JourneySummary> journeys;
    private JourneySummary edited;
    private String code;
    private String nameFr;
    private String nameEn;
    private Channel channel = Channel.STORE;
    private List<StepRow> steps = new ArrayList<>();

    /** A step as the form edits it; criteria as text, one per line. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String nameFr;
        private String nameEn;
        private Moment moment;
        private Interaction interaction = Interaction.OTHER;
        private String criteria = "";
        private List<Long> criterionIds = new ArrayList<>();

        public Long getId() { return id; }
        public String getNameFr() { return nameFr; }
        public void setNameFr(String v) { nameFr = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public Moment getMoment() { return moment; }
        public void setMoment(Moment v) { moment = v; }
        public Interaction getInteraction() { return interaction; }
        public void setInteraction(Interaction v) { interaction = v; }
        public String getCriteria() { return criteria; }
        public void setCriteria(String v) { criteria = v; }
    }

    @PostConstruct
    void init() {
        journeys = journeysFacade.journeys();
    }

    public void startCreate() {
        edited = null;
        code = nameFr = nameEn = null;
        channel = Channel.STORE;
        steps = new ArrayList<>();
        addStep();
    }

    public void startEdit(JourneySummary j) {
        edited = j;
        code = j.code();
        nameFr = j.nameFr();
        nameEn = j.nameEn();
        channel = j.channel();
        steps = new ArrayList<>();
        for (JourneySummary.Step s : j.steps()) {
            StepRow row = new StepRow();
            row.id = s.id();
            row.nameFr = s.nameFr();
            row.nameEn = s.nameEn();
            row.moment = s.moment();
            row.interaction = s.interaction();
            row.criteria = s.criteria().stream().map(c -> c.kind() + " | " + c.labelFr() + " | " + c.labelEn())
                    .collect(Collectors.joining("\n"));
            row.criterionIds = s.criteria().stream().map(JourneySummary.Criterion::id).collect(Collectors.toCollection(ArrayList::new));
            steps.add(row);
        }
    }

    public void addStep() {
        steps.add(new StepRow());
    }

    public void removeStep(int index) {
        steps.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            steps.add(index - 1, steps.remove(index));
        }
    }

    public void save() {
        List<Problem> problems = new ArrayList<>();
        List<JourneyDraft.Step> drafts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepRow row = steps.get(i);
            List<JourneyDraft.Criterion> criteria = new ArrayList<>();
            String[] lines = row.criteria == null ? new String[0] : row.criteria.split("\\R");
            int position = 0;
            for (int l = 0; l < lines.length; l++) {
                String line = lines[l].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\|");
                CriterionKind kind = null;
                try {
                    kind = CriterionKind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    // reported below
                }
                if (kind == null || parts.length != 3) {
                    problems.add(Problem.atLine(l + 1, "steps[" + (i + 1) + "].criteria", "journey.criterion.line", line));
                    continue;
                }
                Long keep = position < row.criterionIds.size() ? row.criterionIds.get(position) : null;
                criteria.add(new JourneyDraft.Criterion(keep, parts[1].strip(), parts[2].strip(), kind));
                position++;
            }
            drafts.add(new JourneyDraft.Step(row.id, row.nameFr, row.nameEn, row.moment, row.interaction, criteria));
        }
        if (!problems.isEmpty()) {
            FacesMessages.problems("journeyForm", problems);
            return;
        }
        try {
            JourneyDraft draft = new JourneyDraft(code, nameFr, nameEn, channel, drafts);
            if (edited == null) {
                journeysFacade.createJourney(draft);
            } else {
                journeysFacade.updateJourney(edited.id(), edited.version(), draft);
            }
            FacesMessages.info("journey.saved");
            journeys = journeysFacade.journeys();
            PrimeFaces.current().executeScript("PF('journeyDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("journeyForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public boolean isCreating() {
        return edited == null;
    }

    public List<JourneySummary> getJourneys() { return journeys; }
    public List<StepRow> getSteps() { return steps; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String v) { nameFr = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel v) { channel = v; }
    public Channel[] getChannels() { return Channel.values(); }
    public Moment[] getMoments() { return Moment.values(); }
    public Interaction[] getInteractions() { return Interaction.values(); }
}
