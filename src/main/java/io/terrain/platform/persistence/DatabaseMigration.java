package io.terrain.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Terrain's one database, and the migrations that own its schema.
 *
 * <p>The data source is defined by the application, not the server, so the same WAR runs on the
 * embedded H2 (defaults in META-INF/microprofile-config.properties) or on MariaDB (environment
 * variables TERRAIN_DB_CLASS, TERRAIN_DB_URL, TERRAIN_DB_USER, TERRAIN_DB_PASSWORD).
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself, which fails inside a
 * container transaction on MariaDB (XAER_RMFAIL).
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=terrain.db.class}",
        url = "${MPCONFIG=terrain.db.url}",
        user = "${MPCONFIG=terrain.db.user}",
        password = "${MPCONFIG=terrain.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        // A connection is checked (JDBC isValid: a ping) before it is handed out; one found dead closes them all,
        // so that after a database restart or a failover the pool reconnects at once instead of failing request
        // after request on connections to the node that went away.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/terrain";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "terrain.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    Event<DatabaseReady> ready;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migration(s) applied now)");
        ready.fire(new DatabaseReady(demoData));
    }
}
