package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/** An organizational finding and the friction points it explains. */
public record DeterminantDraft(DeterminantKind kind, String finding, List<Long> frictionIds) implements Serializable {
}
