package io.terrain.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Terrain's REST API; its OpenAPI document is served by Payara at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Terrain API", version = "1",
        description = "Sites, org units and users of Terrain. Authenticate with HTTP Basic, then keep the session cookie."))
public class RestApplication extends Application {
}
