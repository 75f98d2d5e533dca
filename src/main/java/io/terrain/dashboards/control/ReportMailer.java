package io.terrain.dashboards.control;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail over SMTP with Jakarta Mail, as configured ({@code TERRAIN_MAIL_HOST}, port, user, password, sender). Without a
 * host, mail is off and says so. STARTTLS is required unless turned off for a server on the same machine, so that
 * credentials and reports do not cross a network in clear by default.
 */
@ApplicationScoped
public class ReportMailer {

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    @Inject
    @ConfigProperty(name = "terrain.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "terrain.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "terrain.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "terrain.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "terrain.mail.from", defaultValue = "terrain@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "terrain.mail.starttls-required", defaultValue = "true")
    boolean startTlsRequired;

    private Session session;

    @PostConstruct
    void configure() {
        if (!configured()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get().strip());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", String.valueOf(startTlsRequired));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        boolean authenticated = user.filter(u -> !u.isBlank()).isPresent();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        session = Session.getInstance(properties, !authenticated ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** One message to one address (recipients never see each other), the text as plain UTF-8, the files attached. */
    public void send(String to, String subject, String text, List<Attachment> attachments) throws MessagingException {
        if (session == null) {
            throw new IllegalStateException("mail is not configured (terrain.mail.host)");
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        // Read by mail servers and vacation responders: no automatic answers to a report.
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        parts.addBodyPart(body);
        for (Attachment attachment : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            parts.addBodyPart(file);
        }
        message.setContent(parts);
        Transport.send(message);
    }
}
