package io.terrain.platform.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.control.AuditTrail;
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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users an empty database starts with: one demo user per role when demo data is on (the run
 * command), otherwise a single administrator "admin" whose first password is TERRAIN_ADMIN_PASSWORD
 * or, when none is given, a random one written once to the log as a WARNING; either way it must be
 * changed at the first sign-in.
 */
@ApplicationScoped
public class FirstUsers {

    /** Demo logins, printed at start-up. Never used when demo data is off. */
    public static final String DEMO_PASSWORD = "terrain-demo";
    public static final List<DemoLogin> DEMO_LOGINS = List.of(
            new DemoLogin("admin", "Alice Martin", Role.ADMIN, "en"),
            new DemoLogin("manager", "Paul Lefèvre", Role.PROGRAM_MANAGER, "fr"),
            new DemoLogin("coach", "Chloé Bernard", Role.COACH, "fr"),
            new DemoLogin("executive", "Hélène Dubois", Role.EXECUTIVE, "fr"),
            new DemoLogin("linemanager", "Marc Rousseau", Role.LINE_MANAGER, "fr"),
            new DemoLogin("sitemanager", "Sophie Garnier", Role.LINE_MANAGER, "fr"));

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

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION) DatabaseReady event) {
        if (users.count() > 0) {
            return;
        }
        if (event.demoData()) {
            String hash = hasher.hash(DEMO_PASSWORD);
            for (DemoLogin login : DEMO_LOGINS) {
                User user = User.demo(login.username(), login.displayName(), login.username() + "@terrain.example",
                        login.language(), Set.of(login.role()), hash);
                users.add(user);
                audit.record("User", user.getId(), "CREATE", AuditDetail.of("audit.detail.demoUser", AuditDetail.term("role." + login.role())));
            }
        } else {
            Optional<String> configured = adminPassword.map(String::strip).filter(p -> !p.isEmpty());
            String first = configured.orElseGet(FirstUsers::randomPassword);
            User admin = new User("admin", "Administrator", null, "en", Set.of(Role.ADMIN), hasher.hash(first));
            admin.requirePasswordChange();
            users.add(admin);
            audit.record("User", admin.getId(), "CREATE", AuditDetail.of("audit.detail.firstAdmin"));
            if (configured.isPresent()) {
                LOG.warning("First administrator \"admin\" created with TERRAIN_ADMIN_PASSWORD: it must be changed at the first sign-in.");
            } else {
                LOG.warning("First administrator \"admin\" created with the one-time password " + first
                        + " (shown only now): it must be changed at the first sign-in.");
            }
        }
    }
}
