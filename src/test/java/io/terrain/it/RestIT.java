package io.terrain.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every module's REST checks (and the few screens they lead to) on one boot of the real WAR against MariaDB. */
@ExtendWith(ArquillianExtension.class)
class RestIT implements CoreApiChecks, IndicatorsApiChecks, DiagnosticsApiChecks, CoachesApiChecks, PilotsApiChecks,
        WavesApiChecks, LineManagementChecks, DashboardsApiChecks, FeedbackChecks,
        MonthlyReportChecks {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TerrainDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Override
    public URL base() {
        return base;
    }
}
