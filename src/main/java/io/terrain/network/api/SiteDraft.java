package io.terrain.network.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new or changed site, as typed on the screen, sent to the API or read from a CSV row. */
public record SiteDraft(String code, String name, SiteKind kind, String segment, String address, String city,
                        String postalCode, BigDecimal latitude, BigDecimal longitude, String orgUnitCode,
                        LocalDate openedOn, Integer headcount) implements Serializable {
}
