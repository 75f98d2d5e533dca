package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/**
 * A journey as written: steps in order. A step or criterion with an id keeps it (and the
 * observations made against it); one without is new; an existing one left out is removed, unless
 * observations or friction points use it.
 */
public record JourneyDraft(String code, String nameFr, String nameEn, Channel channel, List<Step> steps) implements Serializable {

    public record Step(Long id, String nameFr, String nameEn, Moment moment, Interaction interaction, List<Criterion> criteria)
            implements Serializable {
    }

    public record Criterion(Long id, String labelFr, String labelEn, CriterionKind kind) implements Serializable {
    }
}
