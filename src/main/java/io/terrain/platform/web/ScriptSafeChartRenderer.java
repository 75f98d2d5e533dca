package io.terrain.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

/**
 * Every {@code p:chart} on every page goes through here (registered in faces-config.xml): PrimeFaces
 * writes the chart's JSON configuration into an inline script as given, so a label holding
 * {@code </script>} would end the script and run what follows. The configuration is encoded with
 * {@link ScriptSafeJson} whatever view built it.
 */
public class ScriptSafeChartRenderer extends ChartRenderer {

    @Override
    protected String renderConfig(FacesContext context, Chart chart) throws IOException {
        return ScriptSafeJson.of(super.renderConfig(context, chart));
    }
}
