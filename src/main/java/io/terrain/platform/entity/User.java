package io.terrain.platform.entity;

import io.terrain.platform.api.UserSummary;
import io.terrain.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "platform_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private String language;

    private boolean active;

    /** Raised when every other session of this user must end (password reset, deactivation). */
    @Column(name = "session_stamp")
    private long sessionStamp;

    @Column(name = "password_must_change")
    private boolean passwordMustChange;

    /** Seeded with the published demo password. */
    private boolean demo;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "platform_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, String email, String language, Set<Role> roles, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.language = language;
        this.roles = new HashSet<>(roles);
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public static User demo(String username, String displayName, String email, String language, Set<Role> roles,
                            String passwordHash) {
        User user = new User(username, displayName, email, language, roles, passwordHash);
        user.demo = true;
        return user;
    }

    /** A first account whose password was set by configuration, not by its holder. */
    public void requirePasswordChange() {
        passwordMustChange = true;
    }

    public void update(String displayName, String email, String language, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.language = language;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** Someone else (an administrator) set this password: every session of the user ends. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.sessionStamp++;
    }

    /** The holder chose a new password: their other sessions end, the one they used stays (new stamp). */
    public void changeOwnPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordMustChange = false;
        this.demo = false;
        this.sessionStamp++;
    }

    public void setActive(boolean active) {
        if (this.active && !active) {
            sessionStamp++;
        }
        this.active = active;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public UserSummary summary() {
        return new UserSummary(id, username, displayName, email, language, active,
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), version);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public long getVersion() {
        return version;
    }

    public long getSessionStamp() {
        return sessionStamp;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }
}
