package io.terrain.network.api;

import java.io.Serializable;
/** A new or changed org unit; its parent is named by code (empty for the network itself). */
public record OrgUnitDraft(String code, String name, OrgLevel level, String parentCode,
                           String managerName, String managerEmail, Long managerUserId) implements Serializable {
}
