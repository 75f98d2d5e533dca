package io.terrain.platform.web;

import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The layout around every page: who is signed in, what the menu shows them, sign-out. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    CurrentUser currentUser;

    public String getUsername() {
        return currentUser.username();
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    /** For menus and buttons only; the boundary checks roles again on every call. */
    public boolean has(String roles) {
        for (String role : roles.split(",")) {
            if (currentUser.hasRole(Role.valueOf(role.trim()))) {
                return true;
            }
        }
        return false;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
