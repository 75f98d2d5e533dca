package io.terrain.platform.boundary;

import io.terrain.platform.api.Page;
import io.terrain.platform.api.UserDraft;
import io.terrain.platform.api.UserSummary;
import jakarta.enterprise.context.RequestScoped;
import io.terrain.platform.security.PublicAddress;
import io.terrain.platform.security.SessionCookie;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /api/users}: user administration (ADMIN) and {@code /api/users/me}. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UsersFacade users;

    @Inject
    WebSessions sessions;

    @Inject
    PublicAddress address;

    @GET
    public Page<UserSummary> list(@QueryParam("search") String search,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit) {
        return users.page(search, Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }

    @GET
    @Path("me")
    public UserSummary me() {
        return users.me();
    }

    /** The signed-in user's own new password; this session goes on, their other sessions end. */
    @POST
    @Path("me/password")
    public Response changeOwnPassword(PasswordChange change, @Context HttpServletRequest request,
                                      @Context HttpServletResponse response) {
        PasswordChange body = change == null ? new PasswordChange(null, null) : change;
        long stamp = users.changeOwnPassword(body.currentPassword(), body.newPassword());
        String token = sessions.renew(SessionCookie.token(request), users.me().id(), stamp);
        SessionCookie.set(request, response, token, address.https());
        return Response.noContent().build();
    }

    /** An administrator sets someone's password: all of that user's sessions end. */
    @PUT
    @Path("{id}/password")
    public UserSummary resetPassword(@PathParam("id") long id, @QueryParam("version") long version, PasswordChange change) {
        return users.resetPassword(id, version, change == null ? null : change.newPassword());
    }

    /** Activates or deactivates an account; a deactivated user's sessions end at their next request. */
    @PUT
    @Path("{id}/active")
    public UserSummary setActive(@PathParam("id") long id, @QueryParam("version") long version, @QueryParam("active") boolean active) {
        return users.setActive(id, version, active);
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    @Path("{id}")
    public UserSummary get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    public Response create(UserDraft draft) {
        UserSummary created = users.create(draft);
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public UserSummary update(@PathParam("id") long id, @QueryParam("version") long version, UserDraft draft) {
        return users.update(id, version, draft);
    }
}
