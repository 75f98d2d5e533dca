package io.terrain.platform.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Page;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserDraft;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.control.UserRules;
import io.terrain.platform.control.UserStore;
import io.terrain.platform.entity.User;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.PasswordHasher;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** User administration (ADMIN), and the few things every user may do to their own account. */
@ApplicationScoped
@Transactional
@RequiresRole(Role.ADMIN)
public class UsersFacade {

    @Inject
    UserStore users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    public Page<UserSummary> page(String search, int offset, int limit) {
        return users.page(search, offset, limit);
    }

    public UserSummary get(long id) {
        return find(id).summary();
    }

    public UserSummary create(UserDraft draft) {
        List<Problem> problems = new ArrayList<>(UserRules.check(draft));
        problems.addAll(UserRules.checkPassword("password", draft.password(), draft.username()));
        if (draft.username() != null && users.byUsername(draft.username().trim()).isPresent()) {
            problems.add(Problem.of("username", "user.username.taken", draft.username().trim()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        User user = new User(draft.username().trim(), draft.displayName().trim(), blankToNull(draft.email()),
                draft.language(), draft.roles(), hasher.hash(draft.password()));
        users.add(user);
        audit.record("User", user.getId(), "CREATE", roles(draft.roles()));
        return user.summary();
    }

    public UserSummary update(long id, long expectedVersion, UserDraft draft) {
        List<Problem> problems = UserRules.check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        User user = findForEdit(id, expectedVersion);
        user.update(draft.displayName().trim(), blankToNull(draft.email()), draft.language(), draft.roles());
        return saved(user, "UPDATE", roles(draft.roles()));
    }

    public UserSummary setActive(long id, long expectedVersion, boolean active) {
        User user = findForEdit(id, expectedVersion);
        if (!active && user.getUsername().equals(currentUser.username())) {
            throw new InvalidInput(Problem.of("active", "user.cannotDeactivateSelf"));
        }
        user.setActive(active);
        return saved(user, active ? "ACTIVATE" : "DEACTIVATE", null);
    }

    /** Sets someone's password; every session of theirs ends at its next request. */
    public UserSummary resetPassword(long id, long expectedVersion, String newPassword) {
        User user = findForEdit(id, expectedVersion);
        List<Problem> problems = UserRules.checkPassword("password", newPassword, user.getUsername());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        user.resetPassword(hasher.hash(newPassword));
        return saved(user, "RESET_PASSWORD", null);
    }

    /**
     * The signed-in user chooses a new password, proving the current one. Their other sessions end;
     * the returned session stamp keeps the session they used.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH, Role.EXECUTIVE, Role.LINE_MANAGER})
    public long changeOwnPassword(String currentPassword, String newPassword) {
        User user = users.byUsername(currentUser.username()).orElseThrow(() -> new NotFound("User", currentUser.username()));
        List<Problem> problems = new ArrayList<>();
        if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            problems.add(Problem.of("currentPassword", "user.password.currentWrong"));
        }
        problems.addAll(UserRules.checkPassword("newPassword", newPassword, user.getUsername()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        user.changeOwnPassword(hasher.hash(newPassword));
        saved(user, "CHANGE_OWN_PASSWORD", null);
        return user.getSessionStamp();
    }

    /** The signed-in user's own language, remembered for their next session. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH, Role.EXECUTIVE, Role.LINE_MANAGER})
    public void changeOwnLanguage(String language) {
        if (!UserRules.LANGUAGES.contains(language)) {
            throw new InvalidInput(Problem.of("language", "user.language.invalid", language));
        }
        users.byUsername(currentUser.username()).ifPresent(u -> u.setLanguage(language));
    }

    /** Who may be given work (campaign observers, pilot teams…): active users with one of these roles. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<UserSummary> withAnyRole(Set<Role> roles) {
        return users.activeWithAnyRole(roles);
    }

    /** Colleagues' names for lists (observers of a campaign…); every signed-in role may read them. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH, Role.EXECUTIVE, Role.LINE_MANAGER})
    public List<UserSummary> byIds(Collection<Long> ids) {
        return users.byIds(ids);
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.COACH, Role.EXECUTIVE, Role.LINE_MANAGER})
    public UserSummary me() {
        return users.byUsername(currentUser.username()).map(User::summary)
                .orElseThrow(() -> new NotFound("User", currentUser.username()));
    }

    /** The roles given, by their codes (as the API takes them). */
    private static AuditDetail roles(Set<Role> roles) {
        return AuditDetail.of("audit.detail.roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
    }

    private User find(long id) {
        return users.byId(id).orElseThrow(() -> new NotFound("User", id));
    }

    private User findForEdit(long id, long expectedVersion) {
        User user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new EditConflict("User", id);
        }
        return user;
    }

    /** Flushes so that a concurrent save surfaces here as a conflict, then records the change. */
    private UserSummary saved(User user, String action, AuditDetail details) {
        try {
            users.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("User", user.getId());
        }
        audit.record("User", user.getId(), action, details);
        return user.summary();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
