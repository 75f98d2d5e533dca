package io.terrain.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR built by `mvn package`, deployed as it is: integration tests test what ships. */
final class TerrainDeployment {

    static final String DEMO_PASSWORD = "terrain-demo";

    private TerrainDeployment() {
    }

    static WebArchive war() {
        File war = new File(System.getProperty("terrain.war", "target/terrain.war"));
        return ShrinkWrap.create(ZipImporter.class, "terrain.war").importFrom(war).as(WebArchive.class);
    }
}
