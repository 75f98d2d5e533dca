package io.terrain.network.api;

public record OrgUnitSummary(long id, String code, String name, OrgLevel level, Long parentId,
                             String managerName, String managerEmail, Long managerUserId, long version) {
}
