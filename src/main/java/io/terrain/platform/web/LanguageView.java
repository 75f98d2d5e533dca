package io.terrain.platform.web;

import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of the session: the user's saved choice once signed in, else the browser's. */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UsersFacade users;

    @Inject
    CurrentUser currentUser;

    private Locale locale;
    private boolean fromUser;

    public Locale getLocale() {
        if (!fromUser && currentUser.isSignedIn()) {
            locale = Messages.supported(Locale.forLanguageTag(users.me().language()));
            fromUser = true;
        }
        if (locale == null) {
            locale = Messages.supported(FacesContext.getCurrentInstance().getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Switches and remembers the choice for the user's next sessions; reloads the page in the new language. */
    public void switchTo(String language) throws IOException {
        locale = Messages.supported(Locale.forLanguageTag(language));
        if (currentUser.isSignedIn()) {
            users.changeOwnLanguage(locale.getLanguage());
            fromUser = true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
