package io.terrain.network.api;

import java.io.Serializable;
public record OrgUnitSummary(long id, String code, String name, OrgLevel level, Long parentId,
                             String managerName, String managerEmail, Long managerUserId, long version) implements Serializable {
}
