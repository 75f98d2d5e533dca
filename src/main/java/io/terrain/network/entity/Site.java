package io.terrain.network.entity;

import io.terrain.network.api.SiteDetails;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SiteStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "network_site")
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    private String segment;
    private String address;
    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    private BigDecimal latitude;
    private BigDecimal longitude;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @Enumerated(EnumType.STRING)
    private SiteStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    private Integer headcount;

    /** The LINE_MANAGER answering for this site alone (a user id, not a reference across modules). */
    @Column(name = "manager_user_id")
    private Long managerUserId;

    @Version
    private long version;

    protected Site() {
    }

    public Site(String code) {
        this.code = code;
        this.status = SiteStatus.ACTIVE;
    }

    /** Everything a draft carries except the code, which identifies the site and never changes. */
    public void apply(SiteDraft draft, OrgUnit unit) {
        this.name = draft.name();
        this.kind = draft.kind();
        this.segment = draft.segment();
        this.address = draft.address();
        this.city = draft.city();
        this.postalCode = draft.postalCode();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
        this.orgUnit = unit;
        this.openedOn = draft.openedOn();
        this.headcount = draft.headcount();
    }

    public void close(LocalDate on) {
        this.status = SiteStatus.CLOSED;
        this.closedOn = on;
    }

    public void reopen() {
        this.status = SiteStatus.ACTIVE;
        this.closedOn = null;
    }

    public SiteDetails details() {
        return new SiteDetails(id, code, name, kind, segment, address, city, postalCode, latitude, longitude,
                orgUnit.getId(), orgUnit.getCode(), orgUnit.getName(), status, closedOn, openedOn, headcount, managerUserId, version);
    }

    public void assignManager(Long userId) {
        this.managerUserId = userId;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public SiteStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
