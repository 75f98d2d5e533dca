package io.terrain.network.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything about one site; {@code managerUserId}: the LINE_MANAGER answering for this site alone, if any;
 * {@code version} must come back with an edit (optimistic locking).
 */
public record SiteDetails(long id, String code, String name, SiteKind kind, String segment,
                          String address, String city, String postalCode, BigDecimal latitude, BigDecimal longitude,
                          long orgUnitId, String orgUnitCode, String orgUnitName, SiteStatus status, LocalDate closedOn,
                          LocalDate openedOn, Integer headcount, Long managerUserId, long version) implements Serializable {
}
