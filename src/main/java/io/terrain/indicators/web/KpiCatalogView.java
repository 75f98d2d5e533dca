package io.terrain.indicators.web;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiDraft;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.boundary.IndicatorsFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** indicators/kpis.xhtml: the KPI catalogue (a few dozen entries), and a dialog to add or change one. */
@Named
@ViewScoped
public class KpiCatalogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorsFacade indicators;

    private List<KpiSummary> kpis;
    private KpiSummary edited;
    private String code;
    private String nameFr;
    private String nameEn;
    private String unit;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Aggregation aggregation = Aggregation.MEAN;
    private Double minValue;
    private Double maxValue;
    private Double target;
    private Granularity granularity = Granularity.WEEK;
    private String description;

    @PostConstruct
    void init() {
        kpis = indicators.kpis();
    }

    public void startCreate() {
        edited = null;
        code = nameFr = nameEn = unit = description = null;
        direction = Direction.HIGHER_IS_BETTER;
        aggregation = Aggregation.MEAN;
        granularity = Granularity.WEEK;
        minValue = maxValue = target = null;
    }

    public void startEdit(KpiSummary kpi) {
        edited = kpi;
        code = kpi.code();
        nameFr = kpi.nameFr();
        nameEn = kpi.nameEn();
        unit = kpi.unit();
        direction = kpi.direction();
        aggregation = kpi.aggregation();
        minValue = kpi.minValue();
        maxValue = kpi.maxValue();
        target = kpi.target();
        granularity = kpi.granularity();
        description = kpi.description();
    }

    public void save() {
        KpiDraft draft = new KpiDraft(code, nameFr, nameEn, unit, direction, aggregation, minValue, maxValue, target, granularity, description);
        try {
            KpiSummary saved = edited == null ? indicators.createKpi(draft) : indicators.updateKpi(edited.id(), edited.version(), draft);
            kpis = indicators.kpis();
            FacesMessages.info("kpi.saved", saved.code());
            PrimeFaces.current().executeScript("PF('kpiDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("kpiForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public boolean isCreating() {
        return edited == null;
    }

    public List<KpiSummary> getKpis() {
        return kpis;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Aggregation[] getAggregations() {
        return Aggregation.values();
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Aggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public Double getMinValue() {
        return minValue;
    }

    public void setMinValue(Double minValue) {
        this.minValue = minValue;
    }

    public Double getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(Double maxValue) {
        this.maxValue = maxValue;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public Granularity getGranularity() {
        return granularity;
    }

    public void setGranularity(Granularity granularity) {
        this.granularity = granularity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
