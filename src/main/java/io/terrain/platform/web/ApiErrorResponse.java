package io.terrain.platform.web;

import io.terrain.platform.api.Jsons;
import io.terrain.platform.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** An API error written before the request reaches JAX-RS: the same JSON shape as {@code ErrorMappers}' answers. */
final class ApiErrorResponse {

    private ApiErrorResponse() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
            throws IOException {
        String message = Messages.text(Messages.supported(request.getLocale()), key, args);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Jsons.createObjectBuilder().add("status", status).add("error", message)
                .add("code", key).add("fieldErrors", Jsons.createArrayBuilder()).build().toString());
        response.flushBuffer();
    }
}
