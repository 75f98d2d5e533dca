package io.terrain.dashboards.control;

import io.terrain.coaches.api.SiteCoaching;
import io.terrain.dashboards.api.Alert;
import io.terrain.dashboards.api.AlertKind;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.Verdict;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.RolloutOverview.SiteState;
import io.terrain.waves.api.RolloutOverview.WaveProgress;
import io.terrain.waves.api.RolloutProgress;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.UnitEngagement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The alerts of a plan at a place, from figures already counted: each rule says when it fires, nothing is read here. */
public final class AlertRules {

    private final long planId;
    private final LocalDate today;
    private final AlertThresholds thresholds;
    private final List<Alert> alerts = new ArrayList<>();

    public AlertRules(long planId, LocalDate today, AlertThresholds thresholds) {
        this.planId = planId;
        this.today = today;
        this.thresholds = thresholds;
    }

    /** Every alert raised so far: by kind, then the largest figure first. */
    public List<Alert> alerts() {
        return alerts.stream().sorted(Comparator.comparing(Alert::kind)
                .thenComparing(Comparator.comparingDouble(AlertRules::severity).reversed()).thenComparing(Alert::subject)).toList();
    }

    /** An effect weighs by its size whichever way the KPI should go; elsewhere a figure of -1 stands for "never" or "none given": the worst of its kind. */
    private static double severity(Alert alert) {
        return switch (alert.kind()) {
            case IMPACT_WORSENED, SITE_KPI_WORSENED -> Math.abs(alert.figure());
            default -> alert.figure() < 0 ? Double.MAX_VALUE : alert.figure();
        };
    }

    /** Days a wave is late: past its go-live by more than the grace days with sites not adopted (blocked ones count as not). */
    public long daysLate(WaveProgress wave) {
        long notAdopted = wave.counts().total() - wave.counts().adopted();
        long late = ChronoUnit.DAYS.between(wave.goLive().plusDays(thresholds.waveGraceDays()), today);
        return notAdopted > 0 && late > 0 ? late : 0;
    }

    public AlertRules waves(List<WaveProgress> waves) {
        for (WaveProgress wave : waves) {
            long late = daysLate(wave);
            if (late > 0) {
                alerts.add(new Alert(AlertKind.WAVE_LATE, wave.code(), wave.goLive(), late, planLink()));
            }
            if (wave.lateSites() > 0) {
                alerts.add(new Alert(AlertKind.CHECKLIST_OVERDUE, wave.code(), today, wave.lateSites(), planLink()));
            }
        }
        return this;
    }

    public AlertRules blockedSites(List<SiteState> blocked) {
        for (SiteState site : blocked) {
            long days = site.blockedSince() == null ? 0 : ChronoUnit.DAYS.between(site.blockedSince(), today);
            if (days > thresholds.blockedDays()) {
                alerts.add(new Alert(AlertKind.SITE_BLOCKED, site.siteCode(), site.blockedSince(), days, siteLink(site.siteId())));
            }
        }
        return this;
    }

    public AlertRules blockedUnits(List<UnitEngagement> units) {
        for (UnitEngagement unit : units) {
            long days = unit.blocked() && unit.blockedSince() != null ? ChronoUnit.DAYS.between(unit.blockedSince(), today) : 0;
            if (days > thresholds.blockedDays()) {
                alerts.add(new Alert(AlertKind.UNIT_BLOCKED, unit.name(), unit.blockedSince(), days, planLink()));
            }
        }
        return this;
    }

    /** Sites in progress whose last logged visit (or none) is older than the weeks allowed; figure: days since (or since their wave's start, unknown: -1). */
    public AlertRules visits(List<SiteState> active, Map<Long, SiteCoaching> coaching) {
        LocalDate limit = today.minusWeeks(thresholds.visitWeeks());
        for (SiteState site : active) {
            if (site.status() != RolloutStatus.IN_PROGRESS) {
                continue;
            }
            SiteCoaching c = coaching.get(site.siteId());
            LocalDate last = c == null ? null : c.lastVisit();
            if (last == null || last.isBefore(limit)) {
                alerts.add(new Alert(AlertKind.NO_RECENT_VISIT, site.siteCode(), last, last == null ? -1 : ChronoUnit.DAYS.between(last, today),
                        siteLink(site.siteId())));
            }
        }
        return this;
    }

    /** Weeks from this one to the weeks ahead allowed where needed coach days exceed given; figure: needed over given, in percent. */
    public AlertRules coachLoad(List<CoachWeek> weeks) {
        LocalDate horizon = today.plusWeeks(thresholds.loadWeeksAhead());
        for (CoachWeek week : weeks) {
            boolean ahead = !week.start().plusDays(6).isBefore(today) && week.start().isBefore(horizon);
            if (ahead && week.needed().compareTo(week.given()) > 0) {
                double percent = week.given().signum() == 0 ? Double.POSITIVE_INFINITY : 100 * week.ratio();
                alerts.add(new Alert(AlertKind.COACH_OVER_CAPACITY, week.start().toString(), week.start(),
                        Double.isInfinite(percent) ? -1 : Math.round(percent), planLink()));
            }
        }
        return this;
    }

    /** A primary KPI whose stored impact says worse, overall or in one of the regions the place shows. */
    public AlertRules impact(StaggeredImpact impact, List<String> regionsShown) {
        if (impact.verdict() == Verdict.WORSENED) {
            alerts.add(new Alert(AlertKind.IMPACT_WORSENED, impact.kpiCode(), impact.computedAt().toLocalDate(), impact.overall().att(),
                    planLink()));
        }
        for (StaggeredImpact.GroupEffect group : impact.byGroup()) {
            if (RolloutProgress.IMPACT_BY_REGION.equals(group.dimension()) && group.verdict() == Verdict.WORSENED && regionsShown.contains(group.group())) {
                alerts.add(new Alert(AlertKind.IMPACT_WORSENED, impact.kpiCode() + " · " + group.group(),
                        impact.computedAt().toLocalDate(), group.overall().att(), planLink()));
            }
        }
        return this;
    }

    /**
     * Adopted sites of the place whose KPI went the wrong way since adoption (the stored impact lists them, clearest
     * first); figure: the change, in the KPI's unit.
     *
     * @param codesInPlace the listed sites that lie in the place and the reader's scope, by id, with their codes
     */
    public AlertRules worsenedSites(StaggeredImpact impact, Map<Long, String> codesInPlace) {
        for (StaggeredImpact.SiteChange site : impact.worsenedSites()) {
            String code = codesInPlace.get(site.siteId());
            if (code != null) {
                alerts.add(new Alert(AlertKind.SITE_KPI_WORSENED, code + " · " + impact.kpiCode(), impact.computedAt().toLocalDate(),
                        site.change(), siteLink(site.siteId())));
            }
        }
        return this;
    }

    private String planLink() {
        return "waves/plan.xhtml?id=" + planId;
    }

    private String siteLink(long siteId) {
        return "waves/site.xhtml?plan=" + planId + "&site=" + siteId;
    }
}
