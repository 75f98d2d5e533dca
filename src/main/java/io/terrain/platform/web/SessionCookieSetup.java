package io.terrain.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** The screens' container session cookie is Secure when Terrain is served over https (terrain.public-url). */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("terrain.public-url", String.class).orElse("");
        if (publicUrl.startsWith("https:")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
