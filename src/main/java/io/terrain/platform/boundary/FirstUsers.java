package io.terrain.platform.boundary;

import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.control.UserRules;
import io.terrain.platform.control.UserStore;
import io.terrain.platform.entity.User;
import io.terrain.platform.persistence.DatabaseReady;
import io.terrain.platform.security.PasswordHasher;
import io.terrain.platform.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users an empty database starts with: one demo user per role when demo data is on, otherwise
 * a single administrator whose password comes from the environment (TERRAIN_ADMIN_PASSWORD).
 */
@ApplicationScoped
public class FirstUsers {

    /** Demo logins, printed at start-up. Never used when demo data is off. */
    public static final String DEMO_PASSWORD = "terrain-demo";
    public static final List<DemoLogin> DEMO_LOGINS = List.of(
            new DemoLogin("admin", "Alice Martin", Role.ADMIN, "en"),
            new DemoLogin("manager", "Paul Lefèvre", Role.PROGRAM_MANAGER, "fr"),
            new DemoLogin("coach", "Chloé Bernard", Role.COACH, "fr"),
            new DemoLogin("executive", "Hélène Dubois", Role.EXECUTIVE, "fr"));

    private static final Logger LOG = Logger.getLogger(FirstUsers.class.getName());

    public record DemoLogin(String username, String displayName, Role role, String language) {
    }

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "terrain.admin.password")
    Optional<String> adminPassword;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION) DatabaseReady event) {
        if (users.count() > 0) {
            return;
        }
        if (event.demoData()) {
            String hash = hasher.hash(DEMO_PASSWORD);
            for (DemoLogin login : DEMO_LOGINS) {
                User user = new User(login.username(), login.displayName(), login.username() + "@terrain.example",
                        login.language(), Set.of(login.role()), hash);
                users.add(user);
                audit.record("User", user.getId(), "CREATE", "demo user, role " + login.role());
            }
        } else if (adminPassword.filter(p -> UserRules.checkPassword(p).isEmpty()).isPresent()) {
            User admin = new User("admin", "Administrator", null, "en", Set.of(Role.ADMIN), hasher.hash(adminPassword.get()));
            users.add(admin);
            audit.record("User", admin.getId(), "CREATE", "first administrator");
        } else {
            LOG.warning("No user exists: set TERRAIN_ADMIN_PASSWORD (at least " + UserRules.MIN_PASSWORD_LENGTH
                    + " characters) to create the first administrator, or TERRAIN_DEMO_DATA=true for demo users.");
        }
    }
}
