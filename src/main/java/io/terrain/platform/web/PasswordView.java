package io.terrain.platform.web;

import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.security.Caller;
import io.terrain.platform.security.CallerContext;
import io.terrain.platform.boundary.WebSessions;
import io.terrain.platform.security.PublicAddress;
import io.terrain.platform.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** "My password": every user changes their own; the first administrator must before anything else. */
@Named("passwordView")
@RequestScoped
public class PasswordView {

    @Inject
    UsersFacade users;

    @Inject
    WebSessions sessions;

    @Inject
    PublicAddress address;

    private String currentPassword;
    private String newPassword;
    private boolean changed;

    public boolean isMustChange() {
        return !changed && CallerContext.current().map(Caller::mustChangePassword).orElse(false);
    }

    public void change() {
        try {
            long stamp = users.changeOwnPassword(currentPassword, newPassword);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String token = sessions.renew(SessionCookie.token(request), users.me().id(), stamp);
            SessionCookie.set(request, (HttpServletResponse) external.getResponse(), token, address.https());
            changed = true;
            FacesMessages.info("account.password.changed");
        } catch (InvalidInput invalid) {
            FacesMessages.problems("passwordForm", invalid.problems());
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
