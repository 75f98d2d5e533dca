package io.terrain.dashboards.control;

import io.terrain.dashboards.api.FeedbackChannel;
import io.terrain.dashboards.api.MonthlyFigures.CategoryRow;
import io.terrain.dashboards.api.MonthlyFigures.ChannelRow;
import io.terrain.dashboards.api.MonthlyReportSummary;
import io.terrain.dashboards.entity.MonthlyReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The monthly reports' archive, and the month's feedback grouped by channel and by category (this module's own rows). */
@ApplicationScoped
public class ReportStore {

    @PersistenceContext
    EntityManager em;

    public void add(MonthlyReport report) {
        em.persist(report);
        em.flush();
    }

    public Optional<MonthlyReport> report(long id) {
        return Optional.ofNullable(em.find(MonthlyReport.class, id));
    }

    private static final String SUMMARY = "SELECT r.id, r.month, r.scheduledMonth, r.language, r.generatedAt, r.generatedBy, r.pdfSize,"
            + " r.xlsxSize, r.mailedAt, r.mailedTo FROM MonthlyReport r";

    /** The archive, newest month first, without the files. */
    public List<MonthlyReportSummary> reports() {
        return em.createQuery(SUMMARY + " ORDER BY r.month DESC, r.id DESC", Object[].class).setMaxResults(240).getResultList().stream()
                .map(ReportStore::summary).toList();
    }

    public Optional<MonthlyReportSummary> summary(long id) {
        return em.createQuery(SUMMARY + " WHERE r.id = :id", Object[].class).setParameter("id", id).getResultList().stream()
                .map(ReportStore::summary).findFirst();
    }

    private static MonthlyReportSummary summary(Object[] r) {
        return new MonthlyReportSummary((Long) r[0], (LocalDate) r[1], r[2] != null, (String) r[3], (LocalDateTime) r[4], (String) r[5],
                (Long) r[6], (Long) r[7], (LocalDateTime) r[8], ((Number) r[9]).intValue());
    }

    public boolean scheduledExists(LocalDate month) {
        return em.createQuery("SELECT COUNT(r) FROM MonthlyReport r WHERE r.scheduledMonth = :m", Long.class).setParameter("m", month)
                .getSingleResult() > 0;
    }

    public List<ChannelRow> channels(LocalDate from, LocalDate to) {
        List<ChannelRow> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT f.channel, COUNT(f), AVG(f.csat) FROM Feedback f WHERE f.respondedOn BETWEEN :from AND :to"
                + " GROUP BY f.channel ORDER BY f.channel", Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
            rows.add(new ChannelRow((FeedbackChannel) r[0], ((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).doubleValue()));
        }
        return rows;
    }

    /** Categories with words said in the month or the month before, the month's largest first. */
    public List<CategoryRow> categories(LocalDate month) {
        Map<String, Long> now = categoryCounts(month, month.plusMonths(1).minusDays(1));
        Map<String, Long> before = categoryCounts(month.minusMonths(1), month.minusDays(1));
        TreeSet<String> all = new TreeSet<>(now.keySet());
        all.addAll(before.keySet());
        return all.stream().map(c -> new CategoryRow(c, now.getOrDefault(c, 0L), before.getOrDefault(c, 0L)))
                .sorted((a, b) -> a.thisMonth() != b.thisMonth() ? Long.compare(b.thisMonth(), a.thisMonth()) : a.category().compareTo(b.category()))
                .toList();
    }

    private Map<String, Long> categoryCounts(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT f.category, COUNT(f) FROM Feedback f WHERE f.respondedOn BETWEEN :from AND :to"
                + " AND f.category IS NOT NULL AND f.verbatim IS NOT NULL GROUP BY f.category", Object[].class).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }
}
