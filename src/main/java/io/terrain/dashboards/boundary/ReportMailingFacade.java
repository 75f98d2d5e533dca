package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.ReportMailing;
import io.terrain.dashboards.api.ReportMailing.Outcome;
import io.terrain.dashboards.api.ReportMailing.Recipient;
import io.terrain.dashboards.api.ReportSubscriptionStatus;
import io.terrain.dashboards.control.ReportMailer;
import io.terrain.dashboards.control.ReportMailer.Attachment;
import io.terrain.dashboards.control.ReportStore;
import io.terrain.dashboards.control.SubscriptionStore;
import io.terrain.dashboards.entity.MonthlyReport;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.boundary.UsersFacade;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.PublicAddress;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The monthly report by mail: each reader of the report subscribes or unsubscribes themselves; a program manager sends
 * a report to the subscribers, and the schedule sends the month's report it wrote. One message per subscriber, in
 * their language, with the PDF and the Excel file attached.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class ReportMailingFacade {

    private static final Logger LOG = Logger.getLogger(ReportMailingFacade.class.getName());

    /** Who may read the report, hence receive it. */
    static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE);

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    ReportStore reports;

    @Inject
    ReportMailer mailer;

    @Inject
    UsersFacade users;

    @Inject
    PublicAddress publicAddress;

    @Inject
    AuditTrail audit;

    public ReportSubscriptionStatus subscription() {
        UserSummary me = users.me();
        return new ReportSubscriptionStatus(subscriptions.isSubscribed(me.id()), me.email(), mailer.configured());
    }

    /** The signed-in user receives the next reports; their account needs an address. */
    public ReportSubscriptionStatus subscribe() {
        UserSummary me = users.me();
        if (me.email() == null || me.email().isBlank()) {
            throw new InvalidInput(Problem.of("email", "reportMail.noEmail"));
        }
        if (!subscriptions.isSubscribed(me.id())) {
            subscriptions.subscribe(me.id());
            audit.record("ReportSubscription", me.id(), "SUBSCRIBE", me.email());
        }
        return subscription();
    }

    public ReportSubscriptionStatus unsubscribe() {
        UserSummary me = users.me();
        if (subscriptions.isSubscribed(me.id())) {
            subscriptions.unsubscribe(me.id());
            audit.record("ReportSubscription", me.id(), "UNSUBSCRIBE", me.username());
        }
        return subscription();
    }

    /** A report of the archive to every subscriber now (again, if it was sent before). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public ReportMailing mail(long reportId) {
        MonthlyReport report = reports.report(reportId).orElseThrow(() -> new NotFound("MonthlyReport", reportId));
        if (!mailer.configured()) {
            throw new InvalidInput(Problem.of("mail", "reportMail.off"));
        }
        List<Long> ids = subscriptions.subscribers();
        List<UserSummary> subscribers = ids.isEmpty() ? List.of() : users.byIds(ids);
        List<Recipient> recipients = new ArrayList<>();
        List<Attachment> files = List.of(
                new Attachment("terrain-report-" + report.getMonth() + ".pdf", "application/pdf", report.getPdf()),
                new Attachment("terrain-report-" + report.getMonth() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.getXlsx()));
        for (UserSummary subscriber : subscribers) {
            recipients.add(send(report, subscriber, files));
        }
        int sent = (int) recipients.stream().filter(r -> r.outcome() == Outcome.SENT).count();
        report.mailed(LocalDateTime.now(), sent);
        audit.record("MonthlyReport", reportId, "MAIL", sent + "/" + recipients.size());
        return new ReportMailing(reportId, sent, recipients);
    }

    private Recipient send(MonthlyReport report, UserSummary to, List<Attachment> files) {
        if (!to.active()) {
            return new Recipient(to.username(), to.email(), Outcome.INACTIVE, null);
        }
        if (Collections.disjoint(to.roles(), READERS)) {
            return new Recipient(to.username(), to.email(), Outcome.NOT_ALLOWED, null);
        }
        if (to.email() == null || to.email().isBlank()) {
            return new Recipient(to.username(), null, Outcome.NO_EMAIL, null);
        }
        Locale locale = Messages.supported(Locale.forLanguageTag(to.language()));
        String month = report.getMonth().getMonth().getDisplayName(TextStyle.FULL, locale) + " " + report.getMonth().getYear();
        try {
            mailer.send(to.email(), Messages.text(locale, "reportMail.subject", month),
                    Messages.text(locale, "reportMail.body", to.displayName(), month, publicAddress.page("dashboards/reports.xhtml")), files);
            return new Recipient(to.username(), to.email(), Outcome.SENT, null);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "The monthly report was not sent to " + to.username() + ": " + e.getMessage(), e);
            return new Recipient(to.username(), to.email(), Outcome.FAILED, e.getMessage());
        }
    }
}
