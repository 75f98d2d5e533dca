package io.terrain.platform.web;

import io.terrain.platform.boundary.SignIn;
import io.terrain.platform.persistence.DeadlockRetry;
import io.terrain.platform.boundary.WebSessions;
import io.terrain.platform.security.PublicAddress;
import io.terrain.platform.security.SameSiteCookies;
import io.terrain.platform.security.SessionCookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login page: a wrong password or a throttled try stays on the page with the app's own message. */
@Named("login")
@RequestScoped
public class LoginView {

    @Inject
    SignIn signIn;

    @Inject
    WebSessions sessions;

    @Inject
    PublicAddress address;


    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignIn.Outcome outcome = DeadlockRetry.call(() -> signIn.attempt(username, password, address.clientAddress(request)));
        password = null;
        if (outcome instanceof SignIn.SignedIn signedIn) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            if (request.getSession(false) != null) {
                request.changeSessionId(); // the page's own session too, against fixation
                SameSiteCookies.addLax(response);
            }
            SessionCookie.set(request, response, DeadlockRetry.call(() -> sessions.start(signedIn.caller().id(), signedIn.sessionStamp())),
                    address.https());
            Object returnTo = external.getSessionMap().remove(RequestGuard.RETURN_TO);
            external.redirect(returnTo instanceof String path && path.startsWith(external.getRequestContextPath() + "/")
                    ? path : external.getRequestContextPath() + "/index.xhtml");
        } else if (outcome instanceof SignIn.Throttled throttled) {
            FacesMessages.error("login.throttled", Math.max(1, throttled.retryAfter().toSeconds()));
        } else {
            FacesMessages.error("login.invalid");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
