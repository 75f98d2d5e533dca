package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A customer journey: its ordered steps, each with its observation grid. */
public record JourneySummary(long id, String code, String nameFr, String nameEn, Channel channel, List<Step> steps,
                             long version) implements Serializable {

    public JourneySummary {
        steps = List.copyOf(steps);
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public record Step(long id, int position, String nameFr, String nameEn, Moment moment, Interaction interaction,
                       List<Criterion> criteria) implements Serializable {

        public Step {
            criteria = List.copyOf(criteria);
        }

        public String name(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
        }
    }

    public record Criterion(long id, int position, String labelFr, String labelEn, CriterionKind kind) implements Serializable {

        public String label(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
        }
    }
}
