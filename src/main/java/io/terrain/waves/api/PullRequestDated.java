package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A request to go earlier as the dashboards count it: about which unit or site, asked when, where it stands. */
public record PullRequestDated(Long orgUnitId, Long siteId, LocalDate requestedOn, PullRequestStatus status) implements Serializable {
}
