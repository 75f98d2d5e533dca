package io.terrain.platform.web;

import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.UserDraft;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/** admin/users.xhtml: the user list, and a dialog to create or edit one user. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsersFacade users;

    private String search;
    private PagedModel<UserSummary> model;

    /** The user in the dialog; null id when creating. */
    private Long editedId;
    private long editedVersion;
    private String username;
    private String displayName;
    private String email;
    private String userLanguage = "fr";
    private List<Role> roles = new ArrayList<>();
    private String password;

    @PostConstruct
    void init() {
        model = new PagedModel<>((offset, limit, sort, desc) -> users.page(search, offset, limit), u -> String.valueOf(u.id()));
    }

    public void startCreate() {
        editedId = null;
        username = displayName = email = password = null;
        userLanguage = "fr";
        roles = new ArrayList<>();
    }

    public void startEdit(UserSummary user) {
        editedId = user.id();
        editedVersion = user.version();
        username = user.username();
        displayName = user.displayName();
        email = user.email();
        userLanguage = user.language();
        roles = new ArrayList<>(user.roles());
        password = null;
    }

    public void save() {
        Set<Role> chosen = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        try {
            if (editedId == null) {
                users.create(new UserDraft(username, displayName, email, userLanguage, chosen, password));
                FacesMessages.info("user.created", username);
            } else {
                UserSummary saved = users.update(editedId, editedVersion, new UserDraft(username, displayName, email, userLanguage, chosen, null));
                if (password != null && !password.isEmpty()) {
                    users.resetPassword(editedId, saved.version(), password);
                }
                FacesMessages.info("user.saved", username);
            }
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("userForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public void toggleActive(UserSummary user) {
        try {
            users.setActive(user.id(), user.version(), !user.active());
            FacesMessages.info(user.active() ? "user.deactivated" : "user.activated", user.username());
        } catch (InvalidInput e) {
            FacesMessages.problems("users", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public boolean isCreating() {
        return editedId == null;
    }

    public PagedModel<UserSummary> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUserLanguage() {
        return userLanguage;
    }

    public void setUserLanguage(String userLanguage) {
        this.userLanguage = userLanguage;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
