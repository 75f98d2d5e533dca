package io.terrain.network.web;

import io.terrain.network.api.ExportFormat;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteFilter;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.network.boundary.NetworkFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** network/sites.xhtml: the org tree beside the paged, filterable site list, with exports. */
@Named
@ViewScoped
public class SiteListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkFacade network;

    private String text;
    private SiteKind kind;
    private Long regionId;
    private Long sectorId;
    private String segment;
    private SiteStatus status;

    private PagedModel<SiteSummary> model;
    private TreeNode<OrgUnitSummary> tree;
    private TreeNode<OrgUnitSummary> selectedNode;
    private List<OrgUnitSummary> units;
    private List<String> segments;

    /** The unit chosen in the tree, shown with its line manager, and the dialog's copy of it. */
    private OrgUnitSummary selectedUnit;
    private String unitName;
    private String managerName;
    private String managerEmail;

    @PostConstruct
    void init() {
        units = network.orgUnits();
        segments = network.segments();
        tree = buildTree(units);
        model = new PagedModel<>((offset, limit, sort, desc) -> network.sites(filter(sort, desc), offset, limit),
                s -> String.valueOf(s.id()));
    }

    private SiteFilter filter(String sort, boolean descending) {
        return new SiteFilter(text, kind, regionId, sectorId, segment, status, sort == null ? "name" : sort, descending);
    }

    /** Units come parents first, so every parent is in the map before its children. */
    private static TreeNode<OrgUnitSummary> buildTree(List<OrgUnitSummary> units) {
        TreeNode<OrgUnitSummary> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrgUnitSummary>> nodes = new HashMap<>();
        for (OrgUnitSummary unit : units) {
            TreeNode<OrgUnitSummary> parent = unit.parentId() == null ? root : nodes.getOrDefault(unit.parentId(), root);
            TreeNode<OrgUnitSummary> node = new DefaultTreeNode<>(unit.level().name().toLowerCase(), unit, parent);
            node.setExpanded(unit.level() == OrgLevel.NETWORK);
            nodes.put(unit.id(), node);
        }
        return root;
    }

    public void onNodeSelect(NodeSelectEvent event) {
        OrgUnitSummary unit = (OrgUnitSummary) event.getTreeNode().getData();
        selectedUnit = unit;
        regionId = unit.level() == OrgLevel.REGION ? unit.id() : null;
        sectorId = unit.level() == OrgLevel.SECTOR ? unit.id() : null;
    }

    public void startUnitEdit() {
        unitName = selectedUnit.name();
        managerName = selectedUnit.managerName();
        managerEmail = selectedUnit.managerEmail();
    }

    /** Renames the selected unit or changes its line manager; its place in the tree stays. */
    public void saveUnit() {
        String parentCode = units.stream().filter(u -> u.id() == (selectedUnit.parentId() == null ? -1 : selectedUnit.parentId()))
                .map(OrgUnitSummary::code).findFirst().orElse(null);
        try {
            selectedUnit = network.updateOrgUnit(selectedUnit.id(), selectedUnit.version(), new OrgUnitDraft(selectedUnit.code(),
                    unitName, selectedUnit.level(), parentCode, managerName, managerEmail, selectedUnit.managerUserId()));
            units = network.orgUnits();
            tree = buildTree(units);
            FacesMessages.info("orgUnit.saved", selectedUnit.name());
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("unitForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public void clearFilters() {
        text = null;
        kind = null;
        regionId = null;
        sectorId = null;
        segment = null;
        status = null;
        selectedNode = null;
        selectedUnit = null;
    }

    /** Regions for the filter; sectors of the chosen region only, once one is chosen. */
    public List<OrgUnitSummary> getRegions() {
        return units.stream().filter(u -> u.level() == OrgLevel.REGION).toList();
    }

    public List<OrgUnitSummary> getSectors() {
        return units.stream().filter(u -> u.level() == OrgLevel.SECTOR)
                .filter(u -> regionId == null || regionId.equals(u.parentId())).toList();
    }

    public void exportCsv() throws IOException {
        export(ExportFormat.CSV, "text/csv; charset=UTF-8", "sites.csv");
    }

    public void exportExcel() throws IOException {
        export(ExportFormat.XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "sites.xlsx");
    }

    private void export(ExportFormat format, String contentType, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        network.exportSites(filter("code", false), format, external.getResponseOutputStream());
        faces.responseComplete();
    }

    public SiteKind[] getKinds() {
        return SiteKind.values();
    }

    public SiteStatus[] getStatuses() {
        return SiteStatus.values();
    }

    public List<String> getSegments() {
        return segments;
    }

    public PagedModel<SiteSummary> getModel() {
        return model;
    }

    public OrgUnitSummary getSelectedUnit() {
        return selectedUnit;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }

    public TreeNode<OrgUnitSummary> getTree() {
        return tree;
    }

    public TreeNode<OrgUnitSummary> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<OrgUnitSummary> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public SiteStatus getStatus() {
        return status;
    }

    public void setStatus(SiteStatus status) {
        this.status = status;
    }
}
