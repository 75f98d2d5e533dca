package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The monthly direction report through REST on MariaDB: made for a month whose feedback the check imported, its PDF's
 * text holding that month's figures by channel and category (hand-counted), and mailed to its subscribers through a
 * real SMTP server (GreenMail, on the port the deployment's TERRAIN_MAIL_PORT names) with both files attached.
 */
interface MonthlyReportChecks extends DeployedTerrain {

    String REPORT_RUN = TestRun.id().toUpperCase();

    private Api as(String username) {
        return Api.signedIn(base(), username, TerrainDeployment.DEMO_PASSWORD);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return Downloads.pdfText(pdf);
    }

    private byte[] download(String path, String username) throws IOException, InterruptedException {
        return Downloads.bytes(base(), path, username);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user of this run with the given role and address, signed in after changing the password set for them. */
    private Api newUser(String username, String role, String email) {
        String first = "mot de passe donné " + REPORT_RUN;
        Api.Reply user = as("admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Lecteur " + REPORT_RUN + "\","
                + (email == null ? "" : "\"email\":\"" + email + "\",") + "\"language\":\"en\",\"roles\":[\"" + role + "\"],\"password\":\""
                + first + "\"}");
        assertEquals(201, user.status(), user.body());
        String chosen = "mot de passe choisi " + REPORT_RUN;
        assertEquals(204, Api.as(base(), username, first).post("api/users/me/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + chosen + "\"}").status());
        return Api.as(base(), username, chosen);
    }

    @Test
    default void theMonthlyReportSaysWhatTheMonthsCustomersSaidAndReachesItsSubscribersByMail() throws Exception {
        // A month of the past nobody else's checks write feedback in (from this run's id).
        int spread = Math.floorMod(REPORT_RUN.hashCode(), 240);
        YearMonth month = YearMonth.of(2001 + spread / 12, 1 + spread % 12);
        LocalDate day = month.atDay(10);
        String p = "MR" + REPORT_RUN;
        String csv = "response_id,site_code,responded_on,channel,contact_reason,csat,recommend,verbatim,category\n"
                + p + "-1,S0001," + day + ",STORE,,5,10,Très bien,Accueil\n"
                + p + "-2,S0001," + day + ",STORE,,4,9,Un peu long,Attente\n"
                + p + "-3,S0002," + day + ",STORE,,4,8,,Attente\n"
                + p + "-4,S0002," + day + ",PHONE,,2,3,Trop long,Attente\n"
                + p + "-5,S0003," + day + ",PHONE,,,5,,\n"
                + p + "-6,S0003," + month.minusMonths(1).atDay(12) + ",WEB,,3,7,Attente au téléphone,Attente\n";
        assertTrue(as("manager").postCsv("api/feedback/import", csv).json().getBoolean("applied"));

        // Subscribers: the executive (French), a reader deactivated since, and nobody else this check knows of.
        Api executive = as("executive");
        executive.delete("api/reports/subscription");
        JsonObject status = executive.get("api/reports/subscription").json();
        assertFalse(status.getBoolean("subscribed"));
        assertEquals("executive@terrain.example", status.getString("email"));
        assertTrue(status.getBoolean("mailConfigured"));
        assertTrue(executive.put("api/reports/subscription", "").json().getBoolean("subscribed"));
        String leaver = "mrl" + REPORT_RUN.toLowerCase();
        Api leaving = newUser(leaver, "EXECUTIVE", leaver + "@example.com");
        assertTrue(leaving.put("api/reports/subscription", "").json().getBoolean("subscribed"));
        long leaverId = leaving.get("api/users/me").json().getJsonNumber("id").longValue();
        long leaverVersion = as("admin").get("api/users/" + leaverId).json().getJsonNumber("version").longValue();
        assertEquals(200, as("admin").put("api/users/" + leaverId + "/active?active=false&version=" + leaverVersion, "").status());
        // An account without an address cannot subscribe, and is told why; a line manager does not read the report.
        Api noAddress = newUser("mrn" + REPORT_RUN.toLowerCase(), "EXECUTIVE", null);
        Api.Reply refused = noAddress.put("api/reports/subscription", "");
        assertEquals(400, refused.status());
        JsonObject why = refused.json().getJsonArray("fieldErrors").getJsonObject(0);
        assertEquals("email", why.getString("field"), refused.body());
        assertEquals("Your account has no e-mail address: ask an administrator to add one, then subscribe.", why.getString("message"));
        assertEquals(403, as("linemanager").put("api/reports/subscription", "").status());

        Api.Reply created = executive.post("api/reports/monthly?month=" + month + "&language=en", "");
        assertEquals(201, created.status(), created.body());
        assertEquals(month.atDay(1).toString(), created.json().getString("month"));
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(executive.get("api/reports/monthly").jsonArray().stream().anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id));
        assertEquals(403, executive.post("api/reports/monthly/" + id + "/mail", "").status(), "an executive reads; a program manager sends");

        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("terrain.test.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("terrain@test.example", "terrain-mail", "terrain-mail-secret");
        smtp.start();
        try {
            Api.Reply mailing = as("manager").post("api/reports/monthly/" + id + "/mail", "");
            assertEquals(200, mailing.status(), mailing.body());
            Map<String, String> outcomes = mailing.json().getJsonArray("recipients").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(r -> r.getString("username"), r -> r.getString("outcome")));
            assertEquals("SENT", outcomes.get("executive"));
            assertEquals("INACTIVE", outcomes.get(leaver));
            int sent = mailing.json().getInt("sent");
            assertEquals(outcomes.values().stream().filter("SENT"::equals).count(), sent);
            assertTrue(smtp.waitForIncomingEmail(10_000, sent));
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(sent, received.length, "one message per subscriber the server accepted, none to the deactivated reader");
            MimeMessage toExecutive = Arrays.stream(received).filter(m -> recipient(m).equals("executive@terrain.example")).findFirst()
                    .orElseThrow();
            // In the subscriber's language (French), the report as made (in English).
            String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH) + " " + month.getYear();
            assertEquals("Terrain — rapport de direction, " + monthName, toExecutive.getSubject());
            assertEquals("terrain@test.example", toExecutive.getFrom()[0].toString());
            MimeMultipart parts = (MimeMultipart) toExecutive.getContent();
            assertEquals(3, parts.getCount());
            assertTrue(((String) parts.getBodyPart(0).getContent()).startsWith("Bonjour Hélène Dubois,"));
            BodyPart pdfPart = parts.getBodyPart(1);
            assertEquals("terrain-report-" + month.atDay(1) + ".pdf", pdfPart.getFileName());
            assertEquals("terrain-report-" + month.atDay(1) + ".xlsx", parts.getBodyPart(2).getFileName());
            byte[] attached;
            try (InputStream in = pdfPart.getInputStream()) {
                attached = in.readAllBytes();
            }
            assertArrayEquals(download("api/reports/monthly/" + id + "/pdf", "executive"), attached, "the archived PDF is the one sent");

            String text = pdfText(attached);
            // By channel: at the site 5, 4, 4 (mean 4.33); phone 2 and one without a CSAT (mean 2.00); the web answer was the month before.
            assertTrue(text.contains("at the site: 3 responses, mean CSAT 4.33"), text);
            assertTrue(text.contains("phone: 2 responses, mean CSAT 2.00"), text);
            assertFalse(text.contains("web:"), "the web answer is of the month before");
            // Categories with words: Attente twice this month (once the month before), Accueil once.
            assertTrue(text.contains("Attente: 2 (month before: 1)"), text);
            assertTrue(text.contains("Accueil: 1 (month before: 0)"), text);

            // The archive notes the sending; an unsubscribed executive gets nothing next time.
            JsonObject archived = executive.get("api/reports/monthly").jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            assertEquals(sent, archived.getInt("mailedTo"));
            assertFalse(executive.delete("api/reports/subscription").json().getBoolean("subscribed"));
            Api.Reply again = as("manager").post("api/reports/monthly/" + id + "/mail", "");
            assertFalse(again.json().getJsonArray("recipients").stream().map(JsonValue::asJsonObject)
                    .anyMatch(r -> r.getString("username").equals("executive")));
        } finally {
            smtp.stop();
        }
        assertEquals(200, executive.get("api/reports/monthly/" + id + "/xlsx").status());
        assertEquals(400, executive.post("api/reports/monthly?month=" + YearMonth.now().plusMonths(1), "").status());
        assertEquals(403, as("linemanager").get("api/reports/monthly").status());
    }
}
