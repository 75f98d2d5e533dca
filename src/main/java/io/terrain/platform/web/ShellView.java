package io.terrain.platform.web;

import io.terrain.platform.boundary.WebSessions;
import io.terrain.platform.security.PublicAddress;
import io.terrain.platform.security.SessionCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The layout around every page: who is signed in, what the menu shows them, sign-out. */
@Named("shell")
@RequestScoped
public class ShellView {

    @Inject
    CurrentUser currentUser;

    @Inject
    WebSessions sessions;

    @Inject
    PublicAddress address;

    private Boolean demo;

    public String getUsername() {
        return currentUser.username();
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    /** While accounts with the published demo password are active, every screen says so. */
    public boolean isDemo() {
        if (demo == null) {
            demo = sessions.demoAccountsActive();
        }
        return demo;
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

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        sessions.end(SessionCookie.token(request));
        SessionCookie.clear(request, (HttpServletResponse) external.getResponse(), address.https());
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
