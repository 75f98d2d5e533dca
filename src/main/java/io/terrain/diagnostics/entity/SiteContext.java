package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.SiteContextDraft;
import io.terrain.diagnostics.api.SiteContextSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The organizational context of a site on one day of a campaign. */
@Entity
@Table(name = "diagnostics_site_context")
public class SiteContext {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "observed_on")
    private LocalDate observedOn;

    @Column(name = "observer_user_id")
    private long observerId;

    @Column(name = "staff_present")
    private Integer staffPresent;

    private String roles;

    @Column(name = "tools_available")
    private String toolsAvailable;

    @Column(name = "tools_working")
    private Boolean toolsWorking;

    @Column(name = "layout_remarks")
    private String layoutRemarks;

    @Column(name = "objectives_displayed")
    private Boolean objectivesDisplayed;

    @Column(name = "ritual_observed")
    private String ritualObserved;

    @Version
    private long version;

    protected SiteContext() {
    }

    public SiteContext(long campaignId, long siteId, LocalDate observedOn) {
        this.campaignId = campaignId;
        this.siteId = siteId;
        this.observedOn = observedOn;
    }

    public void apply(long observerId, SiteContextDraft d) {
        this.observerId = observerId;
        staffPresent = d.staffPresent();
        roles = blankToNull(d.roles());
        toolsAvailable = blankToNull(d.toolsAvailable());
        toolsWorking = d.toolsWorking();
        layoutRemarks = blankToNull(d.layoutRemarks());
        objectivesDisplayed = d.objectivesDisplayed();
        ritualObserved = blankToNull(d.ritualObserved());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public SiteContextSummary summary(String siteName) {
        return new SiteContextSummary(id, siteId, siteName, observedOn, observerId, staffPresent, roles, toolsAvailable,
                toolsWorking, layoutRemarks, objectivesDisplayed, ritualObserved, version);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getSiteId() {
        return siteId;
    }
}
