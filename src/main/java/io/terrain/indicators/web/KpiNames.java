package io.terrain.indicators.web;

import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.boundary.IndicatorsFacade;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * KPI names for any page ({@code #{kpiNames.of('WAIT_TIME')}}, {@code #{kpiNames.all(codes)}}): people read "Temps
 * d'attente", not WAIT_TIME. The catalogue is read once per request; a code no longer in it is shown as it is.
 */
@Named
@RequestScoped
public class KpiNames {

    @Inject
    IndicatorsFacade indicators;

    private Map<String, String> names;

    public String of(String code) {
        return names().getOrDefault(code, code);
    }

    /** Several KPIs' names, comma separated, in the order given. */
    public String all(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::of).collect(Collectors.joining(", "));
    }

    private Map<String, String> names() {
        if (names == null) {
            boolean french = "fr".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            names = new HashMap<>();
            for (KpiSummary k : indicators.kpis()) {
                names.put(k.code(), french ? k.nameFr() : k.nameEn());
            }
        }
        return names;
    }
}
