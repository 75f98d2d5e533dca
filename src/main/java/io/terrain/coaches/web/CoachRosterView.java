package io.terrain.coaches.web;

import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachStatus;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Training;
import io.terrain.coaches.boundary.CoachesFacade;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * coaches/roster.xhtml: the coach roster and a dialog to add or change a coach (origin, secondment,
 * home region, capacity, languages, training). A coach sees their own profile only.
 */
@Named
@ViewScoped
public class CoachRosterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoachesFacade coaches;

    @Inject
    Network network;

    @Inject
    CurrentUser currentUser;

    private List<CoachSummary> roster = List.of();
    private CoachSummary mine;
    private List<UserSummary> coachUsers = List.of();
    private List<OrgUnitSummary> regions = List.of();

    private CoachSummary edited;
    private Long userId;
    private String formerRole;
    private String formerSiteCode;
    private LocalDate secondedFrom = LocalDate.now();
    private LocalDate secondedUntil;
    private Long homeRegionId;
    private BigDecimal capacityDays = new BigDecimal("2");
    private List<String> languages = new ArrayList<>(List.of("fr"));
    private CoachStatus status = CoachStatus.IN_TRAINING;
    private List<TrainingRow> training = new ArrayList<>();

    /** A training line the dialog edits. */
    public static class TrainingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String module;
        private LocalDate completedOn;

        public String getModule() { return module; }
        public void setModule(String v) { module = v; }
        public LocalDate getCompletedOn() { return completedOn; }
        public void setCompletedOn(LocalDate v) { completedOn = v; }
    }

    @PostConstruct
    void init() {
        if (isManager() || currentUser.hasRole(Role.EXECUTIVE)) {
            roster = coaches.coaches();
        }
        if (isManager()) {
            coachUsers = coaches.coachUsers();
            regions = network.orgUnits().stream().filter(u -> u.level() == OrgLevel.REGION).toList();
        }
        if (currentUser.hasRole(Role.COACH)) {
            try {
                mine = coaches.me();
            } catch (NotFound e) {
                mine = null;
            }
        }
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    public void startCreate() {
        edited = null;
        userId = null;
        formerRole = formerSiteCode = null;
        secondedFrom = LocalDate.now();
        secondedUntil = null;
        homeRegionId = null;
        capacityDays = new BigDecimal("2");
        languages = new ArrayList<>(List.of("fr"));
        status = CoachStatus.IN_TRAINING;
        training = new ArrayList<>();
        addTraining();
    }

    public void startEdit(CoachSummary c) {
        edited = c;
        userId = c.userId();
        formerRole = c.formerRole();
        formerSiteCode = c.formerSiteId() == null ? null : network.site(c.formerSiteId()).map(s -> s.code()).orElse(null);
        secondedFrom = c.secondedFrom();
        secondedUntil = c.secondedUntil();
        homeRegionId = c.homeRegionId();
        capacityDays = c.capacityDays();
        languages = new ArrayList<>(c.languages());
        status = c.status();
        training = new ArrayList<>();
        for (Training t : c.training()) {
            TrainingRow row = new TrainingRow();
            row.module = t.module();
            row.completedOn = t.completedOn();
            training.add(row);
        }
    }

    public void addTraining() {
        training.add(new TrainingRow());
    }

    public void save() {
        try {
            Long formerSiteId = null;
            if (formerSiteCode != null && !formerSiteCode.isBlank()) {
                formerSiteId = network.siteByCode(formerSiteCode.strip()).map(s -> s.id()).orElse(null);
                if (formerSiteId == null) {
                    FacesMessages.problems("coachForm", List.of(io.terrain.platform.api.Problem.of("formerSiteCode",
                            "measurement.site.unknown", formerSiteCode)));
                    return;
                }
            }
            List<Training> modules = training.stream().filter(t -> t.module != null && !t.module.isBlank())
                    .map(t -> new Training(t.module, t.completedOn)).toList();
            CoachDraft draft = new CoachDraft(userId, formerRole, formerSiteId, secondedFrom, secondedUntil, homeRegionId, capacityDays,
                    languages, status, modules);
            coaches.saveCoach(edited == null ? null : edited.id(), edited == null ? 0 : edited.version(), draft);
            FacesMessages.info("coach.saved");
            roster = coaches.coaches();
            PrimeFaces.current().executeScript("PF('coachDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("coachForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public String joined(List<String> values) {
        return String.join(", ", values);
    }

    public boolean isCreating() {
        return edited == null;
    }

    public List<CoachSummary> getRoster() { return roster; }
    public CoachSummary getMine() { return mine; }
    public List<UserSummary> getCoachUsers() { return coachUsers; }
    public List<OrgUnitSummary> getRegions() { return regions; }
    public CoachStatus[] getStatuses() { return CoachStatus.values(); }
    public List<String> getLanguageChoices() { return List.of("fr", "en", "de", "es", "it", "nl", "pt", "ar"); }
    public Long getUserId() { return userId; }
    public void setUserId(Long v) { userId = v; }
    public String getFormerRole() { return formerRole; }
    public void setFormerRole(String v) { formerRole = v; }
    public String getFormerSiteCode() { return formerSiteCode; }
    public void setFormerSiteCode(String v) { formerSiteCode = v; }
    public LocalDate getSecondedFrom() { return secondedFrom; }
    public void setSecondedFrom(LocalDate v) { secondedFrom = v; }
    public LocalDate getSecondedUntil() { return secondedUntil; }
    public void setSecondedUntil(LocalDate v) { secondedUntil = v; }
    public Long getHomeRegionId() { return homeRegionId; }
    public void setHomeRegionId(Long v) { homeRegionId = v; }
    public BigDecimal getCapacityDays() { return capacityDays; }
    public void setCapacityDays(BigDecimal v) { capacityDays = v; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> v) { languages = v; }
    public CoachStatus getStatus() { return status; }
    public void setStatus(CoachStatus v) { status = v; }
    public List<TrainingRow> getTraining() { return training; }
}
