package io.terrain.network.control;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.SiteDetails;
import io.terrain.network.api.SiteFilter;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SiteStatus;
import io.terrain.network.api.SiteSummary;
import io.terrain.network.entity.Site;
import io.terrain.platform.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sites in the database. Lists are always paged: a network has up to 20,000 sites. */
@ApplicationScoped
public class SiteStore {

    /** Sort keys the list accepts, and what they sort by; anything else sorts by name. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "s.code", "name", "s.name", "kind", "s.kind", "segment", "s.segment", "city", "s.city",
            "status", "s.status", "sector", "o.name", "region", "p.name");

    private static final String FROM = " FROM Site s JOIN s.orgUnit o LEFT JOIN o.parent p";

    @PersistenceContext
    EntityManager em;

    public Optional<Site> byId(long id) {
        return Optional.ofNullable(em.find(Site.class, id));
    }

    public Optional<Site> byCode(String code) {
        return em.createQuery("SELECT s FROM Site s WHERE s.code = :code", Site.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public void add(Site site) {
        em.persist(site);
    }

    /** Writes pending changes now, so a version conflict surfaces inside the caller's method. */
    public void flush() {
        em.flush();
    }

    public Page<SiteSummary> page(SiteFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Object[]> rows = em.createQuery("SELECT s.id, s.code, s.name, s.kind, s.segment, s.city, o.name, p.name, s.status"
                + FROM + where + " ORDER BY " + order(filter), Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + FROM + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<SiteSummary> items = rows.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new SiteSummary((Long) r[0], (String) r[1], (String) r[2], (SiteKind) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (SiteStatus) r[8]))
                .toList();
        return new Page<>(items, count.getSingleResult(), offset, limit);
    }

    /** Sites by id, by name; ids are sent in chunks so that a long list stays one short query each. */
    public List<SiteSummary> byIds(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<SiteSummary> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            em.createQuery("SELECT s.id, s.code, s.name, s.kind, s.segment, s.city, o.name, p.name, s.status" + FROM
                            + " WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1_000))).getResultStream()
                    .map(r -> new SiteSummary((Long) r[0], (String) r[1], (String) r[2], (SiteKind) r[3], (String) r[4],
                            (String) r[5], (String) r[6], (String) r[7], (SiteStatus) r[8]))
                    .forEach(found::add);
        }
        found.sort(Comparator.comparing(SiteSummary::name).thenComparing(SiteSummary::id));
        return found;
    }

    private static String order(SiteFilter filter) {
        return SORTS.getOrDefault(filter.sortBy() == null ? "name" : filter.sortBy(), "s.name")
                + (filter.descending() ? " DESC" : " ASC") + ", s.id";
    }

    private static String where(SiteFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            where.append(" AND (LOWER(s.code) LIKE :codePrefix OR LOWER(s.name) LIKE :namePart)");
            parameters.put("codePrefix", text + "%");
            parameters.put("namePart", "%" + text + "%");
        }
        if (filter.kind() != null) {
            where.append(" AND s.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.append(" AND s.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.segment() != null && !filter.segment().isBlank()) {
            where.append(" AND s.segment = :segment");
            parameters.put("segment", filter.segment());
        }
        if (filter.sectorId() != null) {
            where.append(" AND o.id = :sector");
            parameters.put("sector", filter.sectorId());
        }
        if (filter.regionId() != null) {
            where.append(" AND (o.id = :region OR p.id = :region)");
            parameters.put("region", filter.regionId());
        }
        return where.toString();
    }

    /** Full details of a page of the filtered list, for exports; sorted like the list. */
    public List<SiteDetails> detailsPage(SiteFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Site> query = em.createQuery("SELECT s" + FROM + where + " ORDER BY " + order(filter), Site.class)
                .setHint("eclipselink.join-fetch", "s.orgUnit");
        parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(Site::details).toList();
    }

    public List<SitePlacement> placements() {
        return placements(em.createQuery("SELECT s.id, s.code, o.id, o.level, p.id, s.segment, s.kind, s.status" + FROM, Object[].class)
                .getResultList());
    }

    /**
     * Active sites per region (a site filed under a sector counts in the sector's region, one filed under a region
     * in that region, any other under the null key), counted by the database: two grouped queries, whatever the size
     * of the network.
     */
    public Map<Long, Long> activeSitesByRegion() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.id, COUNT(s)" + FROM + " WHERE s.status = :active AND o.level = :sector"
                + " GROUP BY p.id", Object[].class).setParameter("active", SiteStatus.ACTIVE).setParameter("sector", OrgLevel.SECTOR)
                .getResultList()) {
            counts.merge((Long) row[0], (Long) row[1], Long::sum);
        }
        for (Object[] row : em.createQuery("SELECT o.id, o.level, COUNT(s)" + FROM + " WHERE s.status = :active AND o.level <> :sector"
                + " GROUP BY o.id, o.level", Object[].class).setParameter("active", SiteStatus.ACTIVE).setParameter("sector", OrgLevel.SECTOR)
                .getResultList()) {
            counts.merge(row[1] == OrgLevel.REGION ? (Long) row[0] : null, (Long) row[2], Long::sum);
        }
        return counts;
    }

    /** The placements of these sites (unknown ids left out). */
    public List<SitePlacement> placements(Collection<Long> ids) {
        return placements(em.createQuery("SELECT s.id, s.code, o.id, o.level, p.id, s.segment, s.kind, s.status" + FROM
                + " WHERE s.id IN :ids", Object[].class).setParameter("ids", List.copyOf(ids)).getResultList());
    }

    private static List<SitePlacement> placements(List<Object[]> rows) {
        return rows.stream()
                .map(r -> r[3] == OrgLevel.SECTOR
                        ? new SitePlacement((Long) r[0], (String) r[1], (Long) r[2], (Long) r[4], (String) r[5], (SiteKind) r[6],
                                (SiteStatus) r[7])
                        : new SitePlacement((Long) r[0], (String) r[1], null, r[3] == OrgLevel.REGION ? (Long) r[2] : null,
                                (String) r[5], (SiteKind) r[6], (SiteStatus) r[7]))
                .toList();
    }

    public List<String> segments() {
        return em.createQuery("SELECT DISTINCT s.segment FROM Site s WHERE s.segment IS NOT NULL ORDER BY s.segment", String.class)
                .getResultList();
    }

    /** Code to id of every site: what an import needs to tell a new site from a changed one. */
    public Map<String, Long> idsByCode() {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("SELECT s.code, s.id FROM Site s", Object[].class).getResultStream()
                .forEach(r -> ids.put((String) r[0], (Long) r[1]));
        return ids;
    }

    /** The sites this user manages one by one (a store manager's own store). */
    public List<Long> managedBy(long userId) {
        return em.createQuery("SELECT s.id FROM Site s WHERE s.managerUserId = :u", Long.class).setParameter("u", userId).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM Site s", Long.class).getSingleResult();
    }
}
