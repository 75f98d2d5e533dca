package io.terrain.network.control;

import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitDraft;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.UserRules;
import java.util.ArrayList;
import java.util.List;

/** What makes an org unit acceptable on its own; where it sits in the tree is checked against the tree. */
public final class OrgUnitRules {

    private OrgUnitRules() {
    }

    public static List<Problem> check(OrgUnitDraft unit) {
        List<Problem> problems = new ArrayList<>();
        if (SiteRules.isBlank(unit.code())) {
            problems.add(Problem.of("code", "field.required"));
        } else if (!SiteRules.CODE.matcher(unit.code()).matches()) {
            problems.add(Problem.of("code", "site.code.invalid", unit.code()));
        }
        SiteRules.required(problems, "name", unit.name(), 128);
        if (unit.level() == null) {
            problems.add(Problem.of("level", "field.required"));
        } else if (unit.level() == OrgLevel.NETWORK && !SiteRules.isBlank(unit.parentCode())) {
            problems.add(Problem.of("parentCode", "orgUnit.network.noParent"));
        } else if (unit.level() != OrgLevel.NETWORK && SiteRules.isBlank(unit.parentCode())) {
            problems.add(Problem.of("parentCode", "field.required"));
        }
        if (unit.code() != null && unit.code().equals(unit.parentCode())) {
            problems.add(Problem.of("parentCode", "orgUnit.parent.self"));
        }
        SiteRules.maxLength(problems, "managerName", unit.managerName(), 128);
        if (!SiteRules.isBlank(unit.managerEmail()) && !UserRules.EMAIL.matcher(unit.managerEmail()).matches()) {
            problems.add(Problem.of("managerEmail", "field.email.invalid"));
        }
        return problems;
    }

    /** A region sits under the network, a sector under a region. */
    public static List<Problem> checkParent(OrgLevel level, OrgLevel parentLevel, String parentCode) {
        if (level == null || level.parentLevel().isEmpty() || level.parentLevel().get() == parentLevel) {
            return List.of();
        }
        return List.of(Problem.of("parentCode", "orgUnit.parent.level", parentCode, level.parentLevel().get()));
    }
}
