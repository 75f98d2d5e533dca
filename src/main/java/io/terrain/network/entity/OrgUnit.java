package io.terrain.network.entity;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
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

@Entity
@Table(name = "network_org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrgLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "manager_name")
    private String managerName;

    @Column(name = "manager_email")
    private String managerEmail;

    /** A platform user's id: modules hold ids, never each other's entities. */
    @Column(name = "manager_user_id")
    private Long managerUserId;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code) {
        this.code = code;
    }

    public void update(String name, OrgLevel level, OrgUnit parent, String managerName, String managerEmail, Long managerUserId) {
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.managerName = managerName;
        this.managerEmail = managerEmail;
        this.managerUserId = managerUserId;
    }

    public OrgUnitSummary summary() {
        return new OrgUnitSummary(id, code, name, level, parent == null ? null : parent.getId(),
                managerName, managerEmail, managerUserId, version);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public long getVersion() {
        return version;
    }
}
