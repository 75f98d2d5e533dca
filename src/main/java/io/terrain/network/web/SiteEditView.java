package io.terrain.network.web;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteDetails;
import io.terrain.network.api.SiteDraft;
import io.terrain.network.api.SiteKind;
import io.terrain.network.boundary.NetworkFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * network/site.xhtml: one site, to read, edit, close or reopen; without an id, a new site. The
 * version read with the site goes back with every change, so a concurrent edit is refused.
 */
@Named
@ViewScoped
public class SiteEditView implements Serializable {

    private boolean editing;
    private static final long serialVersionUID = 1L;

    @Inject
    NetworkFacade network;

    private Long id;
    private SiteDetails site;
    private List<OrgUnitSummary> sectors;

    private String code;
    private String name;
    private SiteKind kind;
    private String segment;
    private String address;
    private String city;
    private String postalCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String orgUnitCode;
    private LocalDate openedOn;
    private Integer headcount;
    private LocalDate closeOn = LocalDate.now();

    /** f:viewAction: loads the site named by the id parameter, or prepares a new one. */
    public void load() throws IOException {
        sectors = network.orgUnits().stream().filter(u -> u.level() != OrgLevel.NETWORK).toList();
        if (id == null) {
            return;
        }
        site = network.site(id).orElse(null);
        if (site == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Site " + id);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        fillForm(site);
    }

    private void fillForm(SiteDetails s) {
        code = s.code();
        name = s.name();
        kind = s.kind();
        segment = s.segment();
        address = s.address();
        city = s.city();
        postalCode = s.postalCode();
        latitude = s.latitude();
        longitude = s.longitude();
        orgUnitCode = s.orgUnitCode();
        openedOn = s.openedOn();
        headcount = s.headcount();
    }

    public String save() {
        SiteDraft draft = new SiteDraft(code, name, kind, segment, address, city, postalCode, latitude, longitude,
                orgUnitCode, openedOn, headcount);
        try {
            if (site == null) {
                site = network.createSite(draft);
                FacesMessages.info("site.created", site.code());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/network/site.xhtml?faces-redirect=true&id=" + site.id();
            }
            site = network.updateSite(site.id(), site.version(), draft);
            fillForm(site);
            editing = false;
            FacesMessages.info("site.saved", site.code());
        } catch (InvalidInput e) {
            FacesMessages.problems("siteTabs:siteForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("site.conflict");
        } catch (NotFound e) {
            FacesMessages.error("site.gone");
        }
        return null;
    }

    public void close() {
        try {
            site = network.closeSite(site.id(), site.version(), closeOn);
            FacesMessages.info("site.closed", site.code());
        } catch (InvalidInput e) {
            FacesMessages.problems("siteTabs:siteForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("site.conflict");
        }
    }

    public void reopen() {
        try {
            site = network.reopenSite(site.id(), site.version());
            FacesMessages.info("site.reopened", site.code());
        } catch (EditConflict e) {
            FacesMessages.error("site.conflict");
        }
    }

    /** After a conflict: forget the typed changes and show what is saved now. */
    public void reload() {
        network.site(site.id()).ifPresent(s -> {
            site = s;
            fillForm(s);
        });
    }

    public boolean isNew() {
        return site == null;
    }

    /** The form shows for a new site and after "Edit"; otherwise the site reads as a card. */
    public boolean isEditing() {
        return site == null || editing;
    }

    public void edit() {
        editing = true;
    }

    /** Leaves the form without saving: the card shows what is stored. */
    public void cancelEdit() {
        editing = false;
        reload();
    }

    /** The site's sector as "name (code)", or a dash. */
    public String getSectorLabel() {
        return sectors.stream().filter(u -> u.code().equals(orgUnitCode)).map(u -> u.name() + " (" + u.code() + ")").findFirst()
                .orElse(orgUnitCode == null ? "—" : orgUnitCode);
    }

    public SiteDetails getSite() {
        return site;
    }

    public List<OrgUnitSummary> getSectors() {
        return sectors;
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    public void setOrgUnitCode(String orgUnitCode) {
        this.orgUnitCode = orgUnitCode;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public LocalDate getCloseOn() {
        return closeOn;
    }

    public void setCloseOn(LocalDate closeOn) {
        this.closeOn = closeOn;
    }
}
