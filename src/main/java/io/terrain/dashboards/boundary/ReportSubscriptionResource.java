package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.ReportSubscriptionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/reports/subscription}: whether the signed-in user receives the monthly report by mail; PUT to receive it, DELETE to stop. */
@Path("reports/subscription")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportSubscriptionResource {

    @Inject
    ReportMailingFacade mailing;

    @GET
    public ReportSubscriptionStatus get() {
        return mailing.subscription();
    }

    @PUT
    public ReportSubscriptionStatus subscribe() {
        return mailing.subscribe();
    }

    @DELETE
    public ReportSubscriptionStatus unsubscribe() {
        return mailing.unsubscribe();
    }
}
